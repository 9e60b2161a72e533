/** An authority admin's page opened by someone whose role or authority it is not for: says so, plainly. */
export function NotForYourRole({ title, text }: { title: string; text: string }) {
  return (
    <section className="bl-page">
      <h1>{title}</h1>
      <p>{text}</p>
    </section>
  );
}
