#pragma once

#include "builderpage.h"
#include "mapping/mapping.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace Orion {

class MappingReviewTable;

namespace BuilderDetail {

// 6. Field mapping: the engine's suggestions for each stream, reviewed in the Mappings page's table.
class MappingPage : public BuilderPage
{
    Q_OBJECT
public:
    MappingPage();
    MappingReviewTable *table() const;
    QString currentStream() const;
    void decide(const QList<int> &rows, StoredMapping::Status status);
    void approveAtOrAbove(double threshold);
    void initializePage() override;
    void suggest(const QString &stream);
    void fromState() override;
    void toState() override;
    bool validatePage() override;
    int m_running = 0;

private:
    void showStream();
    void showDetails();
    void editCurrent();

    QComboBox *m_stream;
    MappingReviewTable *m_table;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_edit;
    QPushButton *m_approveHigh;
    QLabel *m_details;
    QLabel *m_status;
};

} // namespace BuilderDetail
} // namespace Orion
