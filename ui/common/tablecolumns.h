#pragma once

#include <QString>

class QTableView;

namespace Orion::TableColumns {

// Columns a user can widen, narrow, move, and hide or show again (the header's context menu),
// remembered under `settingsKey` ("columns/<key>" in QSettings). Call once the view has its model.
void makeAdjustable(QTableView *view, const QString &settingsKey);

// Widens each column to what it now shows (never narrows one, so a search that leaves short rows
// does not shrink them), at most `maxWidth`; columns the user sized by hand are left alone.
void fitToContents(QTableView *view, int maxWidth = 420);

} // namespace Orion::TableColumns
