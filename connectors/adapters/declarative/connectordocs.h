#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Orion {

class ConnectorSpec;

// What the builder writes beside a custom connector's spec: its README.md (what it reads, how it
// authenticates and pages, the secrets it needs and how to test it), and a unified diff between two
// versions of a spec (dtl, the Debian-packaged diff template library).
class ConnectorDocs
{
    Q_DECLARE_TR_FUNCTIONS(Orion::ConnectorDocs)

public:
    static QString readme(const ConnectorSpec &spec);
    // "--- before / +++ after" and @@ hunks with three lines of context; empty when equal.
    static QString unifiedDiff(const QString &before, const QString &after, const QString &beforeLabel, const QString &afterLabel);
    // The canonical text of a spec for review and diffs: indented JSON, keys in order.
    static QString specText(const QJsonObject &spec);
};

} // namespace Orion
