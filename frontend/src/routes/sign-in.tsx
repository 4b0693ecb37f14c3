/** Route under construction by the frontend team in this change; replaced before commit. */
export default function Page() {
  return null;
}
