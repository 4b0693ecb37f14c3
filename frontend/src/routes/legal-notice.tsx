import { LegalPageView } from '../features/legal/legal-page-view';

/** Legal notice: publisher, publication director and host, as French law requires. */
export default function LegalNotice() {
  return <LegalPageView page="legalNotice" />;
}
