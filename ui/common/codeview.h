#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Orion {

// Highlights a document with a KSyntaxHighlighting definition ("JSON", "Markdown", "Diff", "SQL")
// in the theme that suits the palette (dark or light). One definition repository for the app.
KSyntaxHighlighting::SyntaxHighlighter *highlightDocument(QTextDocument *document, const QString &definition, const QPalette &palette);

// A read-only, monospaced, highlighted text view for generated artefacts (spec JSON, README,
// fixtures, diffs). Text is selectable and copyable; the view follows palette changes.
class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(const QString &definition, QWidget *parent = nullptr);
    QString definitionName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_definition;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace Orion
