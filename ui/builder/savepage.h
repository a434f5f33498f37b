#pragma once

#include "builderpage.h"
#include "services/customconnectorservice.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;

namespace Orion {

namespace BuilderDetail {

// 8. Save, deploy, publish.
class SavePage : public BuilderPage
{
    Q_OBJECT
public:
    SavePage();
    QCheckBox *deploy() const;
    QCheckBox *publish() const;
    void initializePage() override;
    void fromState() override;
    void toState() override { }
    bool validatePage() override;

    void finished(const CustomConnectorService::SaveResult &result);

private:
    void save();
    QLabel *m_summary;
    QCheckBox *m_deploy;
    QCheckBox *m_publish;
    QComboBox *m_pricing;
    QProgressBar *m_progress;
    bool m_saving = false;
    bool m_done = false;
};

} // namespace BuilderDetail
} // namespace Orion
