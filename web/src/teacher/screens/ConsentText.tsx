import type { ConsentText as Text } from "#shared/consent/acuerdo";

/** The agreement's full text: its sections as headings and paragraphs. */
export function ConsentText({ text, headingId }: { text: Text; headingId: string }) {
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        {text.title}
      </h2>
      {text.sections.map((section) => (
        <section key={section.title} class="consent__section">
          <h3>{section.title}</h3>
          {section.body.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
    </>
  );
}
