#pragma once

#include "connections/connectionsummary.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Orion {

class CredentialStore;
class SlackSocketMode;

// Listens to Slack through Socket Mode for every Slack connection that has an app-level token, so
// button clicks reach the desktop without a public URL. An "Approve" click on an approval request
// whose value is "sync:<connection>" asks for that connection's sync; "Reject" is reported. Clicks
// on "mapping:<id>" requests are reported as mapping decisions.
class SlackEvents : public QObject
{
    Q_OBJECT
public:
    explicit SlackEvents(std::shared_ptr<CredentialStore> credentials, QObject *parent = nullptr);
    ~SlackEvents() override;

    // Starts listeners for new Slack connections (reading app tokens off the GUI thread) and stops
    // those of removed ones.
    void setConnections(const ConnectionSummaries &connections);
    int listenerCount() const { return int(m_listeners.size()); }

Q_SIGNALS:
    // An Approve/Reject click on a sync approval request ("sync:<connection uid>"); the shell has it
    // checked (MappingReviewService::recordSlackSyncDecision) before anything runs.
    void syncDecision(const QString &connectionUid, bool approve, const QString &slackUserId, const QString &slackUserName);
    // An Approve/Reject click on a mapping approval request ("mapping:<id>:<revision>"); the shell checks that the
    // Slack user is one of the connection's approvers before recording it.
    // revision: the suggestion's revision the request showed (0 when the request carried none).
    void mappingDecision(qint64 mappingId, int revision, bool approve, const QString &slackUserId, const QString &slackUserName);
    void listenerStateChanged(const QString &slackConnection, const QString &state);

private:
    void startListener(const QString &name, const QString &apiBase, const QString &appToken);

    std::shared_ptr<CredentialStore> m_credentials;
    QHash<QString, QPointer<SlackSocketMode>> m_listeners;
    QSet<QString> m_pending;
};

} // namespace Orion
