#pragma once

#include "builderpage.h"

class QLabel;
class QTabWidget;

namespace Orion {

class CodeView;

namespace BuilderDetail {

// 7. Review: the spec, its README and the recorded fixture, and what changed since the last version.
class ReviewPage : public BuilderPage
{
    Q_OBJECT
public:
    ReviewPage();
    QTabWidget *tabs() const;
    CodeView *view(int tab) const;
    void initializePage() override;
    void fromState() override;
    void toState() override { }
    bool validatePage() override;
    QString readme() const;

private:
    QLabel *m_version;
    QTabWidget *m_tabs;
    CodeView *m_spec;
    CodeView *m_readme;
    CodeView *m_fixture;
    CodeView *m_diff;
    QString m_readmeText;
};

} // namespace BuilderDetail
} // namespace Orion
