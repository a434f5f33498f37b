#pragma once

#include <QPalette>
#include <QString>

namespace Orion::Theme {

// View ▸ Theme: "system" follows the desktop's palette; "light" and "dark" are the application's
// own, applied to every open window at once (pages follow palette changes: charts, status colours,
// the side navigation). Unknown names mean "system".
void apply(const QString &theme);
QString current();
QPalette lightPalette();
QPalette darkPalette();

} // namespace Orion::Theme
