#pragma once

#include <QColor>
#include <QPalette>

class QLabel;
class QString;

namespace Orion::StatusColors {

// The colours every page uses for states: one hue per meaning, lightened on a dark palette so it
// stays readable there. (Health dots, run statuses, confidence bands, error texts.)
enum class Role { Success, Info, Warning, Error, Neutral };
QColor color(Role role, const QPalette &palette);

// A status line: the text in the error colour, or in the label's normal text colour.
void showStatus(QLabel *label, const QString &text, bool error);
// The same for a label whose text was set elsewhere.
void markError(QLabel *label, bool error);
// The outcome of a check: the success colour, or the error colour.
void markOutcome(QLabel *label, bool ok);

} // namespace Orion::StatusColors
