#include "common/codeview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>

namespace Orion {

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    return repository().defaultTheme(palette.color(QPalette::Base).lightness() < 128 ? KSyntaxHighlighting::Repository::DarkTheme
                                                                                     : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace

KSyntaxHighlighting::SyntaxHighlighter *highlightDocument(QTextDocument *document, const QString &definition, const QPalette &palette)
{
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(repository().definitionForName(definition));
    highlighter->setTheme(themeFor(palette));
    return highlighter;
}

CodeView::CodeView(const QString &definition, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_definition(definition)
    , m_highlighter(highlightDocument(document(), definition, palette()))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

QString CodeView::definitionName() const
{
    return m_highlighter->definition().name();
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setTheme(themeFor(palette()));
        m_highlighter->rehighlight();
    }
}

} // namespace Orion
