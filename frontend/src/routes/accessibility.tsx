import { LegalPageView } from '../features/legal/legal-page-view';

/** RGAA accessibility statement, linked from every footer as French law requires. */
export default function Accessibility() {
  return <LegalPageView page="accessibility" />;
}
