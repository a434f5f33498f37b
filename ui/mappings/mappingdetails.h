#pragma once

#include "mapping/mapping.h"
#include "mapping/sourceprofile.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace Orion {

// The Mappings page's details pane for the current suggestion: the target field and why it was
// proposed, the alternatives (Enter uses one), the source path (typed with completion, or picked
// from the schema tree) and transformation to edit, and a few sample values before → after.
class MappingDetails : public QWidget
{
    Q_OBJECT
public:
    explicit MappingDetails(QWidget *parent = nullptr);

    // Shows `mapping` (nullptr: nothing selected) of `all`, previewed on `samples`.
    void showMapping(const StoredMapping *mapping, MappingTarget target, const StoredMappings &all, const QList<QJsonObject> &samples);
    void setPaths(const QStringList &paths); // what the source path box offers
    void setSourcePath(const QString &path);
    QString sourcePath() const;
    void setEditEnabled(bool enabled);
    QString text() const; // the field, reasoning and alternatives, for tests

Q_SIGNALS:
    void editRequested(const QString &sourcePath, Orion::Transformation transformation);
    void browseRequested();

private:
    QLabel *m_field;
    QLabel *m_reasoning;
    QListWidget *m_alternatives;
    QComboBox *m_sourcePath;
    QComboBox *m_transformation;
    QPushButton *m_applyEdit;
    QTableWidget *m_preview;
    bool m_empty = true; // no mapping shown
};

} // namespace Orion
