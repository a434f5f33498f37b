#include "common/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace Orion::Theme {

namespace {

struct State
{
    bool captured = false;
    QPalette system; // the palette the application started with
    QString current = u"system"_s;
};

State &state()
{
    static State s;
    return s;
}

void setDisabled(QPalette *palette, const QColor &text)
{
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        palette->setColor(QPalette::Disabled, role, text);
}

} // namespace

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4d));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    p.setColor(QPalette::Accent, QColor(0x3d, 0x7a, 0xd6));
    setDisabled(&p, QColor(0x80, 0x84, 0x8a));
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::Accent, QColor(0x30, 0x8c, 0xc6));
    setDisabled(&p, QColor(0x8c, 0x8c, 0x8c));
    return p;
}

void apply(const QString &theme)
{
    State &s = state();
    if (!s.captured) {
        s.system = QApplication::palette();
        s.captured = true;
    }
    s.current = theme == "light"_L1 || theme == "dark"_L1 ? theme : u"system"_s;
    // Where the platform can switch its own colours (6.8), ask it too; the palette decides here.
    QGuiApplication::styleHints()->setColorScheme(s.current == "dark"_L1        ? Qt::ColorScheme::Dark
                                                      : s.current == "light"_L1 ? Qt::ColorScheme::Light
                                                                                : Qt::ColorScheme::Unknown);
    QApplication::setPalette(s.current == "dark"_L1 ? darkPalette() : s.current == "light"_L1 ? lightPalette() : s.system);
}

QString current()
{
    return state().current;
}

} // namespace Orion::Theme
