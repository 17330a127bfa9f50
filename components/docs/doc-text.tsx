import { Fragment } from 'react';

/**
 * Descriptions in the OpenAPI document use markdown's inline code (`…`) and blank lines between
 * paragraphs; render just those two, without a markdown dependency.
 */
export function DocText({ text, className }: { text: string; className?: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index} className={className}>
          {renderInline(paragraph)}
        </p>
      ))}
    </>
  );
}

/** One line of text with its `code` spans as <code>. */
export function renderInline(text: string) {
  return text.split('`').map((part, i) =>
    i % 2 === 1 ? (
      <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.85em]">
        {part}
      </code>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}
