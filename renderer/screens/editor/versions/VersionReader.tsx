import { Typography } from 'antd';
import { memo, useMemo } from 'react';
import { composeNotice } from '../../../../shared/document/compose';
import type { Notice } from '../../../../shared/model/notice';
import { useServices } from '../../../app/services';

/**
 * A version as the document reads: composed exactly as the export composes
 * it (numbering from the tree under the version's own layout), shown as
 * plain text. Nothing here is editable: it is not the editor, so a version
 * can never be changed by typing into it.
 */
export const VersionReader = memo(function VersionReader({ notice }: { notice: Notice }) {
  const { templates } = useServices();
  const blocks = useMemo(() => {
    const layout = templates.layouts.find((l) => l.id === notice.layoutId) ?? templates.layouts[0]!;
    return composeNotice(notice, layout, templates.boilerplate, {
      heading3Bold: false,
      titleMaxCharactersPerLine: templates.style.titleMaxCharactersPerLine,
    });
  }, [notice, templates]);

  return (
    <article className="version-reader" aria-label="版本内容（只读）">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'title':
            return (
              <Typography.Title key={index} level={4} className="version-reader-title">
                {block.lines.map((line, i) => (
                  <div key={i}>{line}</div>
                ))}
              </Typography.Title>
            );
          case 'blank':
            return <div key={index} className="version-reader-blank" />;
          case 'signature':
            return (
              <div key={index} className="version-reader-signature">
                <div>{block.organisation}</div>
                <div>{block.date}</div>
              </div>
            );
          case 'paragraph':
            return (
              <p key={index} className={`version-reader-paragraph role-${block.runs[0]?.role ?? 'body'}`}>
                {block.runs.map((run, i) => (run.bold ? <strong key={i}>{run.text}</strong> : <span key={i}>{run.text}</span>))}
              </p>
            );
        }
      })}
    </article>
  );
});
