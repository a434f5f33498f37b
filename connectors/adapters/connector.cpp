#include "adapters/connector.h"
#include "runtime/urlpolicy.h"

#include <QHash>
#include <QMutex>

#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "runtime/httpclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QUrl>

#include <vector>

using namespace Qt::StringLiterals;

namespace Orion {

QStringList capabilityNames(Capabilities capabilities)
{
    QStringList names;
    if (capabilities & Capability::Read)
        names << u"read"_s;
    if (capabilities & Capability::Write)
        names << u"write"_s;
    if (capabilities & Capability::Webhook)
        names << u"webhook"_s;
    if (capabilities & Capability::Batch)
        names << u"batch"_s;
    if (capabilities & Capability::Streaming)
        names << u"streaming"_s;
    if (capabilities & Capability::Query)
        names << u"query"_s;
    if (capabilities & Capability::BulkJobs)
        names << u"bulk-jobs"_s;
    return names;
}

ConnectorContext ConnectorContext::create(qint64 connectionId, const SecretOwner &owner, const QJsonObject &settings,
                                          std::shared_ptr<CredentialStore> credentials, HttpClient *http)
{
    ConnectorContext ctx;
    ctx.connectionId = connectionId;
    ctx.connectionName = owner.label;
    ctx.secretOwner = owner;
    ctx.settings = settings;
    ctx.credentials = std::move(credentials);
    ctx.http = http;
    ctx.log = [http](const QString &line) { http->log(line); };
    return ctx;
}

QString ConnectorContext::setting(const QString &key) const
{
    const QJsonValue value = settings.value(key);
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

std::optional<QString> ConnectorContext::secret(const QString &key, Failure *failure) const
{
    QString error;
    auto value = credentials ? credentials->secret(secretOwner, key, &error) : std::nullopt;
    if (!error.isEmpty()) {
        *failure = Failure::config(error);
        return std::nullopt;
    }
    if (!value || value->isEmpty()) {
        if (credentials && credentials->users() == CredentialStore::Users::Several) {
            // A worker: only what was stored for this connection's id counts.
            *failure = Failure::config(Connector::tr("Connection \"%1\" has no %2 secret for the workers: its owner saves it with "
                                                     "\"Run on workers\" on (sealed for the worker pool) or with 'orion connection "
                                                     "set-secret' on the worker's machine.")
                                           .arg(connectionName, key));
            return std::nullopt;
        }
        *failure = Failure::config(Connector::tr("Connection \"%1\" has no %2 secret: save it in the connection dialog "
                                                 "or set %3.")
                                       .arg(connectionName, key, CredentialStore::environmentVariable(connectionName, key)));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> ConnectorContext::optionalSecret(const QString &key) const
{
    QString error;
    return credentials ? credentials->secret(secretOwner, key, &error) : std::nullopt;
}

WriteOutcome Connector::writeCustomers(const ConnectorContext &, const UnifiedCustomers &, const WriteOptions &) const
{
    WriteOutcome outcome;
    outcome.failure = Failure::config(tr("%1 does not support writing customers.").arg(displayName()));
    return outcome;
}

std::optional<OAuthEndpoints> Connector::oauthEndpoints(const QJsonObject &) const
{
    return std::nullopt;
}

std::optional<WebhookSignature::Scheme> Connector::webhookScheme() const
{
    return std::nullopt;
}

QStringList Connector::webhookSecretKeys() const
{
    return {};
}

bool Connector::readWebhook(const QByteArray &, const QJsonObject &, WebhookEvents *, QString *error) const
{
    *error = tr("%1 connections take no webhooks.").arg(displayName());
    return false;
}

QString Connector::choiceLabel(const QString &setting, const QString &value) const
{
    if (setting == QLatin1StringView(kCrossOriginRedirects))
        return value == "strip_credentials"_L1 ? tr("Follow without credentials") : tr("Refuse (keep credentials on this host)");
    return value;
}

std::optional<StreamSpec> Connector::stream(const QString &name) const
{
    for (const StreamSpec &s : streams()) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

QStringList Connector::streamNames() const
{
    QStringList names;
    for (const StreamSpec &s : streams())
        names << s.name;
    return names;
}

QList<SettingSpec> Connector::secretSettings() const
{
    QList<SettingSpec> result;
    for (const SettingSpec &s : settings()) {
        if (s.type == SettingSpec::Type::Secret)
            result << s;
    }
    return result;
}

namespace {

// Documented limits of the vendors' APIs (../shared/research/api-contracts.md), by connector and
// setting; then limits that hold for every connector. A rate of 0 lifts the connection's budget.
struct IntegerLimit
{
    qint64 minimum;
    qint64 maximum;
};

std::optional<IntegerLimit> integerLimit(const QString &connectorId, const QString &key)
{
    static const QHash<QString, IntegerLimit> vendor{
        {u"stripe/page_size"_s, {1, 100}},
        {u"stripe/requests_per_second"_s, {0, 100}},
        {u"hubspot/page_size"_s, {1, 100}},
        {u"hubspot/requests_per_second"_s, {0, 190}},
        {u"hubspot/search_lookback_seconds"_s, {0, 86'400}},
        {u"salesforce/page_size"_s, {200, 2000}},
        {u"salesforce/bulk_threshold"_s, {1, 150'000'000}},
        {u"salesforce/bulk_max_upload_mb"_s, {1, 150}},
        {u"salesforce/bulk_timeout_seconds"_s, {10, 86'400}},
        {u"salesforce/requests_per_second"_s, {0, 100}},
        {u"quickbooks/page_size"_s, {1, 1000}},
        {u"quickbooks/minorversion"_s, {75, 999}},
        {u"quickbooks/requests_per_second"_s, {0, 40}},
        {u"quickbooks/throttle_wait_seconds"_s, {1, 3600}},
        {u"slack/requests_per_second"_s, {0, 100}},
    };
    if (const auto it = vendor.constFind(connectorId + u'/' + key); it != vendor.cend())
        return *it;
    if (key == "page_size"_L1 || key.endsWith(u"_size"_s))
        return IntegerLimit{1, 100'000};
    if (key == "requests_per_second"_L1)
        return IntegerLimit{0, 10'000};
    if (key == QLatin1StringView(Connector::kConcurrency))
        return IntegerLimit{1, 32};
    if (key.endsWith(u"_seconds"_s) || key.endsWith(u"_ms"_s) || key.endsWith(u"_mb"_s) || key.endsWith(u"_threshold"_s))
        return IntegerLimit{0, 1'000'000'000};
    return std::nullopt;
}

} // namespace

QList<SettingSpec> Connector::settings() const
{
    QList<SettingSpec> all = ownSettings();
    all.append({QString::fromLatin1(kCrossOriginRedirects),
                tr("Redirects to other hosts"),
                SettingSpec::Type::Choice,
                u"refuse"_s,
                false,
                {u"refuse"_s, u"strip_credentials"_s},
                tr("When the service redirects a request to another host: refuse it (the default), or follow it without "
                   "sending any credential."),
                {}});
    return all;
}

QList<QJsonObject> Connector::planPartitions(const ConnectorContext &, const QString &, const QJsonObject &, int, Failure *) const
{
    return {};
}

std::unique_ptr<StreamReader> Connector::openPartition(const ConnectorContext &, const QString &, const QJsonObject &, const QJsonObject &) const
{
    return nullptr;
}

QJsonObject Connector::joinPartitions(const QString &, const QList<QJsonObject> &finished) const
{
    return finished.isEmpty() ? QJsonObject() : finished.last();
}

int Connector::concurrency(const ConnectorContext &ctx) const
{
    const QJsonValue configured = ctx.settings.value(QLatin1StringView(kConcurrency));
    if (configured.isDouble() && configured.toInteger() > 0)
        return int(std::min<qint64>(configured.toInteger(), 32));
    return std::max(1, defaultConcurrency(ctx));
}

int Connector::defaultConcurrency(const ConnectorContext &) const
{
    return 1;
}

QList<HttpResponse> Connector::sendConcurrently(const ConnectorContext &ctx, const QList<HttpRequest> &requests) const
{
    std::vector<HttpResponse> responses(std::size_t(requests.size())); // one element per thread
    std::atomic<qint64> sent{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        threads.emplace_back(QThread::create([this, &ctx, &requests, &responses, &sent, i] {
            HttpClient http(ctx.http->options());
            http.setCancelFlag(ctx.http->cancelFlag());
            http.setRedactor(ctx.http->sharedRedactor());
            http.setLogger(ctx.log);
            http.setRateBudget(ctx.http->rateBudget());
            ConnectorContext local = ctx;
            local.http = &http;
            Failure failure;
            const std::unique_ptr<Authenticator> authenticator = createAuthenticator(local, &failure);
            if (failure) {
                responses[std::size_t(i)].failure = failure;
                return;
            }
            http.setRateBudget(ctx.http->rateBudget()); // the caller's budget, whatever the authenticator chose
            http.setAuthenticator(authenticator.get());
            responses[std::size_t(i)] = http.send(requests.at(i));
            sent += http.requestsSent();
        }));
        threads.back()->start();
    }
    // Authenticators read secrets, and keychain calls (libsecret) complete through the main thread's
    // event loop: serve it while waiting when this is the main thread (the CLI plans there).
    const bool onMainThread = QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
    for (const auto &thread : threads) {
        while (!thread->wait(QDeadlineTimer(onMainThread ? 2 : 1000))) {
            if (onMainThread)
                QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        }
    }
    ctx.http->countRequestsSentElsewhere(sent.load());
    return QList<HttpResponse>(std::make_move_iterator(responses.begin()), std::make_move_iterator(responses.end()));
}

SettingSpec Connector::concurrencySetting()
{
    return {QString::fromLatin1(kConcurrency),
            tr("Concurrent readers"),
            SettingSpec::Type::Integer,
            QString(),
            false,
            {},
            tr("Windows of a large read fetched at once (1–32), all within the connection's rate budget. Empty: enough to use the "
               "budget over a slow network."),
            {}};
}

bool Connector::isLoopbackHost(const QString &host)
{
    return UrlPolicy::isLoopbackHost(host);
}

QString Connector::checkServiceUrl(const QString &key, const QString &text)
{
    return UrlPolicy::checkServiceUrl(key, text);
}

QString Connector::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A connection needs a name.");
    if (name.size() > kMaxNameLength)
        return tr("A connection name has at most %1 characters (this one has %2).").arg(kMaxNameLength).arg(name.size());
    for (const QChar c : name) {
        if (!c.isPrint() || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            return tr("A connection name can hold only printable characters (no tabs, line breaks or control "
                      "characters); U+%1 is not one.")
                .arg(c.unicode(), 4, 16, QChar(u'0'));
    }
    return {};
}

std::optional<QJsonObject> Connector::validateSettings(const QJsonObject &values, QString *error) const
{
    const QList<SettingSpec> specs = settings();
    QJsonObject result;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const SettingSpec &s) { return s.key == it.key(); });
        if (spec == specs.end()) {
            QStringList known;
            for (const SettingSpec &s : specs) {
                if (s.type != SettingSpec::Type::Secret)
                    known << s.key;
            }
            *error = tr("%1 has no setting \"%2\" (settings: %3).").arg(displayName(), it.key(), known.join(u", "_s));
            return std::nullopt;
        }
        if (spec->type == SettingSpec::Type::Secret) {
            *error = tr("\"%1\" is a secret and is never stored with the connection; set %2 or save it in the "
                        "connection dialog.")
                         .arg(it.key(), CredentialStore::environmentVariable(u"<name>"_s, it.key()));
            return std::nullopt;
        }
    }
    auto visible = [&](const SettingSpec &spec, const QJsonObject &current) {
        if (spec.visibleWhen.isEmpty())
            return true;
        const QString key = spec.visibleWhen.section(u'=', 0, 0);
        return current.value(key).toString() == spec.visibleWhen.section(u'=', 1);
    };
    // Defaults first, so visibleWhen sees them.
    for (const SettingSpec &spec : specs) {
        if (spec.type == SettingSpec::Type::Secret)
            continue;
        const QString text = values.contains(spec.key) ? values.value(spec.key).toVariant().toString() : spec.defaultValue;
        if (!text.isEmpty() || values.contains(spec.key))
            result.insert(spec.key, text);
    }
    for (const SettingSpec &spec : specs) {
        if (spec.type == SettingSpec::Type::Secret || !visible(spec, result))
            continue;
        const QString text = result.value(spec.key).toString().trimmed();
        if (text.isEmpty()) {
            if (spec.required) {
                *error = tr("%1 needs the setting \"%2\" (%3).").arg(displayName(), spec.key, spec.label);
                return std::nullopt;
            }
            result.remove(spec.key);
            continue;
        }
        switch (spec.type) {
        case SettingSpec::Type::Url: {
            if (const QString problem = checkServiceUrl(spec.key, text); !problem.isEmpty()) {
                *error = problem;
                return std::nullopt;
            }
            result.insert(spec.key, text.endsWith(u'/') ? text.chopped(1) : text);
            break;
        }
        case SettingSpec::Type::Integer: {
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok) {
                *error = tr("\"%1\" must be a whole number, not \"%2\".").arg(spec.key, text);
                return std::nullopt;
            }
            if (const auto limit = integerLimit(id(), spec.key); limit && (n < limit->minimum || n > limit->maximum)) {
                *error = tr("\"%1\" must be between %2 and %3 for %4, not %5.")
                             .arg(spec.key)
                             .arg(limit->minimum)
                             .arg(limit->maximum)
                             .arg(displayName())
                             .arg(n);
                return std::nullopt;
            }
            result.insert(spec.key, n);
            break;
        }
        case SettingSpec::Type::Boolean:
            if (text != "true"_L1 && text != "false"_L1) {
                *error = tr("\"%1\" must be true or false, not \"%2\".").arg(spec.key, text);
                return std::nullopt;
            }
            result.insert(spec.key, text == "true"_L1);
            break;
        case SettingSpec::Type::Choice:
            if (!spec.choices.contains(text)) {
                *error = tr("\"%1\" must be one of %2, not \"%3\".").arg(spec.key, spec.choices.join(u", "_s), text);
                return std::nullopt;
            }
            result.insert(spec.key, text);
            break;
        default: result.insert(spec.key, text);
        }
    }
    return result;
}

} // namespace Orion
