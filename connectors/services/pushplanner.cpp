#include "services/pushplanner.h"

#include "store/connectionstore.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

QString matchKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

bool plausibleEmail(const QString &email)
{
    // One @, something before it, a dotted domain after it, no spaces: what every one of our
    // services accepts (they check more themselves).
    static const QRegularExpression shape(uR"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"_s);
    return shape.match(email.trimmed()).hasMatch();
}

std::unique_ptr<Workspace> openWorkspace(const SyncRequest &request, QString *error)
{
    Workspace::Options options;
    options.applicationName = u"orion-push"_s;
    options.createIfMissing = false;
    return Workspace::open(request.database, request.databasePassword, error, options);
}

} // namespace

PushPlan PushPlanner::plan(const QString &target, const UnifiedCustomers &records, const UnifiedCustomers &current)
{
    PushPlan plan;
    plan.target = target;
    QHash<QString, const UnifiedCustomer *> byEmail;
    for (const UnifiedCustomer &c : current)
        if (!c.email.isEmpty())
            byEmail.insert(matchKey(c.email), &c);
    QHash<QString, int> seen; // e-mail → position of the first record with it
    for (const UnifiedCustomer &record : records) {
        PushItem item;
        item.record = record;
        item.record.email = record.email.trimmed();
        const QString key = matchKey(record.email);
        if (key.isEmpty()) {
            item.action = PushItem::Action::Refused;
            item.reason = tr("It has no e-mail address to match it with the target's records.");
        } else if (!plausibleEmail(record.email)) {
            item.action = PushItem::Action::Refused;
            item.reason = tr("\"%1\" is not a valid e-mail address.").arg(record.email);
        } else if (seen.contains(key)) {
            item.action = PushItem::Action::Refused;
            item.reason = tr("Record %1 above has the same e-mail address.").arg(seen.value(key) + 1);
        } else if (const UnifiedCustomer *existing = byEmail.value(key)) {
            seen.insert(key, int(plan.items.size()));
            item.targetId = existing->externalId;
            const auto before = PushPlan::fields(*existing);
            const auto after = PushPlan::fields(item.record);
            for (qsizetype i = 0; i < after.size(); ++i) {
                const QString &now = after.at(i).second;
                const QString &was = before.at(i).second;
                // An empty value never erases; e-mail addresses differ in case only when equal.
                if (now.isEmpty() || now == was || (after.at(i).first == "email"_L1 && matchKey(now) == matchKey(was)))
                    continue;
                item.changes.append({after.at(i).first, was, now});
            }
            item.action = item.changes.isEmpty() ? PushItem::Action::Unchanged : PushItem::Action::Update;
        } else {
            seen.insert(key, int(plan.items.size()));
            item.action = PushItem::Action::Create;
        }
        plan.items.append(std::move(item));
    }
    return plan;
}

bool PushPlanner::dryRun(const SyncRequest &target, const std::shared_ptr<CredentialStore> &credentials, const UnifiedCustomers &records,
                         const HttpClient::Options &options, const std::atomic<bool> *cancel, PushPlan *plan, QString *error,
                         const std::function<void(const QString &)> &log)
{
    if (cancel && cancel->load()) {
        *error = tr("Cancelled.");
        return false;
    }
    SyncRequest read = target;
    read.stream = u"customers"_s;
    read.fullRefresh = false;
    SyncJob job(read, credentials);
    job.setHttpOptions(options);
    if (log)
        job.setLogHandler(log);
    if (cancel) // asked between pages; the read stops at its next one
        job.setProgressHandler([&job, cancel](const SyncProgress &) {
            if (cancel->load())
                job.cancel();
        });
    const QList<SyncResult> results = job.run();
    if (!results.isEmpty() && results.first().outcome == SyncResult::Outcome::Ran && results.first().status == SyncRun::Status::Cancelled) {
        *error = tr("Cancelled.");
        return false;
    }
    if (results.isEmpty() || !results.first().succeeded()) {
        *error = results.isEmpty() ? tr("The target could not be read.") : tr("Reading %1 failed: %2").arg(target.connection, results.first().error);
        return false;
    }
    auto workspace = openWorkspace(target, error);
    UnifiedCustomers current;
    if (!workspace || !storedCustomers(*workspace, target.connection, {}, &current, error))
        return false;
    *plan = PushPlanner::plan(target.connection, records, current);
    return true;
}

PushResult PushPlanner::apply(const SyncRequest &target, const std::shared_ptr<CredentialStore> &credentials, const PushPlan &plan,
                              const HttpClient::Options &options, const std::atomic<bool> *cancel, const std::function<void(const QString &)> &log)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    Connector::WriteOptions writeOptions;
    for (const PushItem &item : plan.items)
        if (item.action == PushItem::Action::Update)
            writeOptions.targets.insert(item.record.externalId, item.targetId);
    const UnifiedCustomers toWrite = plan.toWrite();
    PushResult result;
    if (toWrite.isEmpty()) {
        result.outcome = SyncResult::Outcome::Ran;
    } else {
        result = SyncJob::pushCustomers(target, credentials, toWrite, options, log, writeOptions, cancel);
        if (result.outcome != SyncResult::Outcome::Ran)
            return result;
    }
    // Activity: the push as a run of the target, each record's outcome a line of its log.
    QHash<QString, QString> failures;
    for (const RecordFailure &f : std::as_const(result.write.failures))
        failures.insert(f.externalId, f.error);
    QStringList lines{tr("Push of %n record(s) to %1: %2", nullptr, int(plan.items.size())).arg(plan.target, plan.summary())};
    for (const PushItem &item : plan.items) {
        const QString who = PushPlan::describe(item.record);
        if (item.action == PushItem::Action::Refused) {
            lines << tr("refused %1: %2").arg(who, item.reason);
        } else if (item.action == PushItem::Action::Unchanged) {
            lines << tr("unchanged %1").arg(who);
        } else if (failures.contains(item.record.externalId)) {
            lines << tr("failed %1: %2").arg(who, failures.value(item.record.externalId));
        } else if (result.write.failure) {
            lines << tr("not written %1: %2").arg(who, result.write.failure.message);
        } else if (item.action == PushItem::Action::Create) {
            lines << tr("created %1").arg(who);
        } else {
            QStringList fields;
            for (const PushChange &c : item.changes)
                fields << c.field;
            lines << tr("updated %1 (%2)").arg(who, fields.join(u", "_s));
        }
    }
    QString error;
    auto workspace = openWorkspace(target, &error);
    const auto connection = workspace ? ConnectionStore(*workspace).connectionByName(target.connection, &error) : std::nullopt;
    if (!connection) {
        if (log)
            log(tr("The push was not recorded in Activity: %1").arg(error));
        return result;
    }
    const qint64 written = result.write.created + result.write.updated;
    const qint64 failed = result.write.failure ? qint64(toWrite.size()) - written : result.write.failed;
    SyncRun run;
    run.connectionId = connection->id;
    run.stream = u"customers"_s;
    run.startedAt = started;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.durationMs = started.msecsTo(run.finishedAt);
    run.recordsProcessed = plan.items.size();
    run.recordsWritten = written;
    run.recordsFailed = failed + plan.count(PushItem::Action::Refused);
    run.status = result.write.failure && result.write.failure.errorClass == ErrorClass::Cancelled ? SyncRun::Status::Cancelled
        : written == 0 && failed > 0                                                              ? SyncRun::Status::Failed
        : run.recordsFailed > 0                                                                   ? SyncRun::Status::Partial
                                                                                                  : SyncRun::Status::Succeeded;
    if (result.write.failure) {
        run.errorClass = errorClassName(result.write.failure.errorClass);
        run.errorMessage = result.write.failure.message;
    }
    run.log = lines.join(u'\n');
    if (!ConnectionStore(*workspace).recordSyncRun(run, &error) && log)
        log(tr("The push was not recorded in Activity: %1").arg(error));
    return result;
}

bool PushPlanner::storedCustomers(Workspace &workspace, const QString &connection, const QString &filter, UnifiedCustomers *out, QString *error)
{
    const auto source = ConnectionStore(workspace).connectionByName(connection, error);
    if (!source) {
        if (error->isEmpty())
            *error = tr("There is no connection named \"%1\".").arg(connection);
        return false;
    }
    const QString needle = filter.trimmed();
    for (const QJsonObject &json : RecordStore(workspace).records(source->id, RecordKind::Customer, error)) {
        UnifiedCustomer c;
        QString ignored;
        if (!UnifiedCustomer::fromJson(json, &c, &ignored))
            continue;
        if (!needle.isEmpty() && !PushPlan::describe(c).contains(needle, Qt::CaseInsensitive) && !c.company.contains(needle, Qt::CaseInsensitive))
            continue;
        out->append(std::move(c));
    }
    return error->isEmpty();
}

bool PushPlanner::readSource(const SyncRequest &workspace, const QString &connection, const QString &filter, const QString &file,
                             UnifiedCustomers *out, QString *error)
{
    if (!file.isEmpty()) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(file, input.errorString());
            return false;
        }
        return readJsonLines(input, out, error);
    }
    auto opened = openWorkspace(workspace, error);
    return opened && storedCustomers(*opened, connection, filter, out, error);
}

bool PushPlanner::readJsonLines(QIODevice &device, UnifiedCustomers *out, QString *error)
{
    int lineNumber = 0;
    while (!device.atEnd()) {
        const QByteArray line = device.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        UnifiedCustomer customer;
        QString recordError;
        if (!doc.isObject()) {
            *error = tr("line %1: not a JSON object (%2)").arg(lineNumber).arg(parseError.errorString());
            return false;
        }
        if (!UnifiedCustomer::fromJson(doc.object(), &customer, &recordError)) {
            *error = tr("line %1: %2").arg(lineNumber).arg(recordError);
            return false;
        }
        out->append(std::move(customer));
    }
    return true;
}

} // namespace Orion
