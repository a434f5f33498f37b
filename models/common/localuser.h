#pragma once

#include <QString>

namespace Orion {

// Who decides on this computer when no database login names the person (a SQLite workspace, the
// connector builder): the account name ($USER, %USERNAME%), else "local user". One name, so that
// "Decided by" reads the same on every page.
inline QString localUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local user") : user;
}

} // namespace Orion
