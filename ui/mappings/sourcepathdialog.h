#pragma once

#include "mapping/sourceprofile.h"

#include <QDialog>

class QTreeWidget;

namespace Orion {

// The source schema as a tree to pick a field from: paths split at dots ("BillAddr.City" →
// BillAddr › City, "emails[0].value" → emails[0] › value), with each field's type and a sample value.
// Enter, a double click or OK picks the current field.
class SourcePathDialog : public QDialog
{
    Q_OBJECT
public:
    SourcePathDialog(const SourceFields &fields, const QString &current, QWidget *parent = nullptr);

    QString path() const { return m_picked; } // empty until a field was picked
    QTreeWidget *tree() const { return m_tree; }

private:
    void pick();

    QTreeWidget *m_tree;
    QString m_picked;
};

} // namespace Orion
