import { LegalPageView } from '../features/legal/legal-page-view';

/** How applicants' personal data is processed and how to exercise GDPR rights. */
export default function PersonalData() {
  return <LegalPageView page="personalData" />;
}
