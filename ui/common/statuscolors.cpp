#include "common/statuscolors.h"

#include <QApplication>
#include <QLabel>

#include <optional>

namespace Orion::StatusColors {

QColor color(Role role, const QPalette &palette)
{
    QColor c;
    switch (role) {
    case Role::Success: c = QColor(0x2e, 0x9d, 0x5b); break;
    case Role::Info: c = QColor(0x3b, 0x7d, 0xd8); break;
    case Role::Warning: c = QColor(0xd9, 0x8e, 0x04); break;
    case Role::Error: c = QColor(0xd6, 0x3b, 0x2f); break;
    case Role::Neutral: c = QColor(0x8a, 0x94, 0xa3); break;
    }
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? c.lighter(135) : c;
}

namespace {

void setTextColour(QLabel *label, std::optional<Role> role)
{
    // The label's own palette follows the application's (light or dark) unless it shows a state.
    QPalette p = label->palette();
    const QPalette base = label->parentWidget() ? label->parentWidget()->palette() : QApplication::palette(label);
    p.setColor(QPalette::WindowText, role ? color(*role, base) : base.color(QPalette::WindowText));
    label->setPalette(p);
}

} // namespace

void markError(QLabel *label, bool error)
{
    setTextColour(label, error ? std::optional(Role::Error) : std::nullopt);
}

void markOutcome(QLabel *label, bool ok)
{
    setTextColour(label, ok ? Role::Success : Role::Error);
}

void showStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    markError(label, error);
}

} // namespace Orion::StatusColors
