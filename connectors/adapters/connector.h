#pragma once

#include <QObject>

#include "runtime/failure.h"
#include "runtime/oauthauthorizer.h"
#include "runtime/secretowner.h"
#include "runtime/webhooksignature.h"
#include "unified/unifiedinvoice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Orion {

class Authenticator;
class CredentialStore;
class HttpClient;
struct HttpRequest;
struct HttpResponse;

// What a connector offers; pages show their actions by these, never by a vendor's name.
enum class Capability {
    Read = 0x1,
    Write = 0x2,
    Webhook = 0x4,
    Batch = 0x8, // writes many records per request
    Streaming = 0x10,
    Query = 0x20,    // a query language of the service (Salesforce SOQL): the query editor
    BulkJobs = 0x40, // asynchronous jobs the service runs and lists (Bulk API 2.0): the job inspector
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)
QStringList capabilityNames(Capabilities capabilities);

// One field of a connector's settings. The GUI builds its form from these; the CLI validates
// `--set KEY=VALUE` against them. Secret fields are never stored with the connection: they go to the
// keychain (GUI) or come from ORION_SECRET_* / the secrets file (headless).
struct SettingSpec
{
    Q_GADGET
public:
    enum class Type { Text, Url, Integer, Boolean, Choice, Secret };
    Q_ENUM(Type)
    QString key;
    QString label;
    Type type = Type::Text;
    QString defaultValue;
    bool required = false;
    QStringList choices;
    QString help;
    QString visibleWhen; // "key=value": shown and required only when another setting has that value
};

enum class RecordKind { Customer, Invoice };

struct StreamSpec
{
    QString name;
    RecordKind kind = RecordKind::Customer;
    QString cursorField; // the incremental cursor, e.g. "created"
    QString description;
};

// What one call to StreamReader::next() returns: the unified records of one source page and the
// checkpoint to save with them in the same transaction.
// A record deleted at the source, as a change feed or a read of archived records reports it.
struct Deletion
{
    RecordKind kind = RecordKind::Customer;
    QString externalId;
    QDateTime at; // when the source deleted it (invalid: when the run saw it)
};

struct Page
{
    UnifiedCustomers customers;
    UnifiedInvoices invoices;
    QList<Deletion> deletions; // applied after the page's records: a record both updated and deleted ends deleted
    qint64 sourceRecords = 0;
    qint64 failedRecords = 0; // records the adapter could not map (each logged)
    QJsonObject checkpoint;
    bool done = false;
    qint64 totalEstimate = -1; // records in the stream, when the API says (HubSpot search `total`)
};

class StreamReader
{
public:
    virtual ~StreamReader() = default;
    // Fetches the next page. Returns false with *failure on error; page->done marks the last page.
    virtual bool next(Page *page, Failure *failure) = 0;
};

// Everything an adapter may use during one run. Lives on the run's thread.
struct ConnectorContext
{
    qint64 connectionId = 0;
    QString connectionName;  // for messages
    SecretOwner secretOwner; // whose secrets (by the connection's id)
    QJsonObject settings;    // validated, defaults applied, no secrets
    std::shared_ptr<CredentialStore> credentials;
    HttpClient *http = nullptr;
    std::function<void(const QString &)> log;

    // A context for the connection on `http`; log lines go through the client (redacted).
    static ConnectorContext create(qint64 connectionId, const SecretOwner &owner, const QJsonObject &settings,
                                   std::shared_ptr<CredentialStore> credentials, HttpClient *http);

    QString setting(const QString &key) const;
    // A required secret; a config failure naming where to put it when missing.
    std::optional<QString> secret(const QString &key, Failure *failure) const;
    std::optional<QString> optionalSecret(const QString &key) const;
};

struct RecordFailure
{
    QString externalId;
    QString error;
};

struct WriteOutcome
{
    qint64 created = 0;
    qint64 updated = 0;
    qint64 failed = 0;
    QList<RecordFailure> failures; // one per failed record
    QJsonArray details;            // connector-specific facts, e.g. the Bulk jobs that ran
    Failure failure;               // the whole operation failed (records not attempted count as failed by the caller)

    void fail(const QString &externalId, const QString &error)
    {
        ++failed;
        failures.append({externalId, error});
    }
};

class Connector
{
    Q_DECLARE_TR_FUNCTIONS(Orion::Connector)
public:
    virtual ~Connector() = default;
    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    virtual QString description() const = 0;
    virtual Capabilities capabilities() const = 0;
    // The connector's own settings (and secrets); settings() adds those every connector has.
    virtual QList<SettingSpec> ownSettings() const = 0;
    QList<SettingSpec> settings() const;
    static constexpr const char *kCrossOriginRedirects = "cross_origin_redirects"; // refuse | strip_credentials
    virtual QList<StreamSpec> streams() const = 0;

    // Installs the connection's authenticator on ctx.http (the adapter keeps it alive).
    virtual std::unique_ptr<Authenticator> createAuthenticator(const ConnectorContext &ctx, Failure *failure) const = 0;
    virtual std::unique_ptr<StreamReader> openStream(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint,
                                                     bool fullRefresh) const
        = 0;
    // One cheap authenticated request; a failure says what is wrong.
    virtual Failure testConnection(const ConnectorContext &ctx) const = 0;

    // Partitioned reads: a read split into windows of the service's own range filter (Stripe's
    // `created`), read by concurrent readers, each window with its own checkpoint. By default a
    // stream is read as one, in order.
    //
    // The windows of a read starting from `checkpoint` (empty for a full read), or an empty list when
    // the stream is not worth splitting (one page) or cannot be split. Runs on the run's thread with
    // its authenticated context and may send requests (to find the oldest record).
    virtual QList<QJsonObject> planPartitions(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint, int readers,
                                              Failure *failure) const;
    // A reader of one planned window, resuming after `checkpoint` (that window's last committed page).
    virtual std::unique_ptr<StreamReader> openPartition(const ConnectorContext &ctx, const QString &stream, const QJsonObject &window,
                                                        const QJsonObject &checkpoint) const;
    // The stream's checkpoint once every window was read (their final checkpoints, in window order):
    // where the next incremental read starts.
    virtual QJsonObject joinPartitions(const QString &stream, const QList<QJsonObject> &finished) const;
    // How many readers a run of this connection uses: the `concurrency` setting when the connector has
    // one and it is set, else defaultConcurrency() (1 without partitions). ctx.http has the
    // connection's rate budget (after createAuthenticator).
    static constexpr const char *kConcurrency = "concurrency";
    int concurrency(const ConnectorContext &ctx) const;
    virtual int defaultConcurrency(const ConnectorContext &ctx) const;
    // Independent requests sent at once (a planner's probes), each on its own thread with its own
    // client and this connector's authenticator, sharing ctx's rate budget, redactor, cancel flag and
    // log. The answers in the order of the requests.
    QList<HttpResponse> sendConcurrently(const ConnectorContext &ctx, const QList<HttpRequest> &requests) const;
    // The setting offered by connectors that partition: readers at once, empty = from the rate budget.
    static SettingSpec concurrencySetting();
    struct WriteOptions
    {
        bool bulk = false; // use the service's bulk interface regardless of the size threshold
        // A push's updates: record external id → the id of the target's record it updates (a dry
        // run found it). Services that upsert by e-mail or external id need none; Stripe updates by id.
        QHash<QString, QString> targets;
    };
    virtual WriteOutcome writeCustomers(const ConnectorContext &ctx, const UnifiedCustomers &customers, const WriteOptions &options) const;
    // The authorization-code endpoints when these settings use OAuth (the dialog then offers
    // "Authorize in Browser…" and saves the refresh token it obtains); nothing otherwise.
    virtual std::optional<OAuthEndpoints> oauthEndpoints(const QJsonObject &settings) const;

    // The rules every setting and name passes before anything is stored (also used by the GUI as
    // you type): an empty string when fine, else one sentence naming the setting.
    static constexpr int kMaxNameLength = 100;
    static QString checkName(const QString &name);
    static QString checkServiceUrl(const QString &key, const QString &url); // https, or http to loopback only
    static bool isLoopbackHost(const QString &host);

    // Webhooks (`orion webhook serve`): how the service signs a delivery, which of the connection's
    // secrets holds the key (the first one set), and what a verified delivery asks to sync.
    struct WebhookEvents
    {
        QString deliveryKey;  // the delivery's own id (an event id); empty: the receiver uses the body's digest
        QStringList streams;  // the streams whose records changed (an incremental sync of each)
        QByteArray challenge; // a handshake (Slack's url_verification): answered with this, nothing queued
        int events = 0;       // the events the delivery carries
    };
    virtual std::optional<WebhookSignature::Scheme> webhookScheme() const;
    virtual QStringList webhookSecretKeys() const;
    // False with *error (one sentence) for a body that is not this service's delivery.
    virtual bool readWebhook(const QByteArray &body, const QJsonObject &settings, WebhookEvents *events, QString *error) const;

    // How a Choice setting's value reads in a form ("oauth" → "OAuth 2.0"); the value itself by default.
    virtual QString choiceLabel(const QString &setting, const QString &value) const;

    std::optional<StreamSpec> stream(const QString &name) const;
    QStringList streamNames() const;
    QList<SettingSpec> secretSettings() const;

    // Checks `values` (no secrets) against the schema: unknown keys, types, choices, URLs and required
    // fields. Returns the values with defaults applied, or nothing with a one-line *error.
    std::optional<QJsonObject> validateSettings(const QJsonObject &values, QString *error) const;
};

} // namespace Orion
