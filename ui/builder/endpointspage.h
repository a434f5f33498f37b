#pragma once

#include "builderpage.h"

#include <QJsonObject>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace Orion {

namespace BuilderDetail {

// 3. Endpoints: streams by hand or from an imported definition.
class EndpointsPage : public BuilderPage
{
    Q_OBJECT
public:
    EndpointsPage();
    void setNotes(const QStringList &notes, const QString &error);
    void fromState() override;
    void toState() override;
    bool validatePage() override;

private:
    QStringList names() const;
    void refreshList(int select);
    void storeCurrent();
    void showCurrent();
    void importFile(ConnectorWizard::ImportKind kind, const QString &filter);

    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_method;
    QLineEdit *m_path;
    QLineEdit *m_description;
    QPushButton *m_add;
    QPushButton *m_remove;
    QToolButton *m_import;
    QLabel *m_notes;
    QList<QJsonObject> m_streams;
    int m_current = -1;
};

} // namespace BuilderDetail
} // namespace Orion
