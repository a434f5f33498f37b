#include "command.h"
#include "output.h"
#include "queuecommands.h"

#include "runtime/credentialstore.h"
#include "services/webhookreceiver.h"
#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Orion::Cli {

namespace WebhookCommandsDetail {

std::atomic<bool> g_stop{false};

extern "C" void requestStop(int)
{
    g_stop.store(true);
}

QString help()
{
    return uR"(Usage: orion --db postgresql://… webhook serve --listen HOST:PORT [--tls-cert FILE --tls-key FILE]
                                       [--public-url URL] [--debounce-ms MS] [--max-body BYTES]

Receives the vendors' webhook deliveries at POST /webhooks/<connection id> — each connection's path
is the "webhook_path" of 'orion connection list --json' — until SIGTERM or Ctrl+C, and queues an
incremental sync of each stream they name for the workers: Stripe (Stripe-Signature, the endpoint's
whsec_… secret in the connection's webhook_secret), QuickBooks (intuit-signature,
webhook_verifier_token), HubSpot (X-HubSpot-Signature-v3, webhook_secret or client_secret) and Slack
(X-Slack-Signature v0, signing_secret; url_verification is answered). Every signature is checked
over the raw body; timestamps more than 5 minutes away, bodies over --max-body (default 1 MiB),
unknown connections and deliveries received before are refused with 400/401, 413, 404 and 409, and
nothing is written. Events arriving within --debounce-ms (default 5000) of the first are one job per
stream; none is added while one is still queued.
--listen 127.0.0.1:0 takes a free port; the address is printed on standard output. With --tls-cert
and --tls-key (PEM) it serves HTTPS. --public-url: the address the vendors call when a proxy is in
front (HubSpot signs the URL). Secrets come as for 'orion worker' (--key-file).
)"_s;
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint p = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!ok || p > 65535 || !address->setAddress(host == "localhost"_L1 ? u"127.0.0.1"_s : host)) {
        *error = u"--listen must be HOST:PORT with an IP address, e.g. 0.0.0.0:8443 or 127.0.0.1:0"_s;
        return false;
    }
    *port = quint16(p);
    return true;
}

int serve(const Invocation &i)
{
    WebhookReceiver::Options options;
    options.database = i.config;
    options.password = i.password;
    QString error;
    if (!i.isSet(u"listen"_s))
        return usage(u"webhook serve needs --listen HOST:PORT"_s);
    if (!parseListen(i.value(u"listen"_s), &options.address, &options.port, &error))
        return usage(error);
    if (i.isSet(u"tls-cert"_s) != i.isSet(u"tls-key"_s))
        return usage(u"--tls-cert and --tls-key go together"_s);
    options.certificateFile = i.value(u"tls-cert"_s);
    options.keyFile = i.value(u"tls-key"_s);
    options.publicUrl = i.value(u"public-url"_s);
    if (!options.publicUrl.isEmpty()) {
        const QUrl url(options.publicUrl);
        if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) || url.host().isEmpty() || url.hasQuery())
            return usage(u"--public-url must be an http(s) URL without a query, e.g. https://hooks.example.com"_s);
    }
    if (!intOption(i.parser, u"debounce-ms"_s, 0, 600000, &options.debounceMs, &error)
        || !intOption(i.parser, u"max-body"_s, qint64(1024), qint64(64) << 20, &options.maxBodyBytes, &error))
        return usage(error);
    if (i.config.engine != DatabaseConfig::Engine::PostgreSql)
        return usage(u"webhook receivers queue syncs for workers: they need a PostgreSQL workspace (--db postgresql://…)"_s);
    const auto credentials = poolCredentials(i.parser, i.config, i.password, &error);
    if (!credentials)
        return fail(error);
    WebhookReceiver receiver(options, credentials);
    receiver.setLogHandler([](const QString &line) {
        QTextStream err(stderr);
        err << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << line << Qt::endl;
    });
    if (!receiver.start(&error))
        return fail(error);
    const QString host
        = options.address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + options.address.toString() + u']' : options.address.toString();
    out() << "Listening on " << (receiver.isTls() ? "https://" : "http://") << host << ':' << receiver.port() << "/webhooks/<connection id>"
          << Qt::endl;
    g_stop = false;
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &watch, [&] {
        if (g_stop.load()) {
            receiver.flush(); // what waits for its debounce is queued, not lost
            QCoreApplication::quit();
        }
    });
    watch.start(50);
    QCoreApplication::exec();
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    return 0;
}

} // namespace WebhookCommandsDetail

QList<Command> webhookCommands()
{
    using namespace WebhookCommandsDetail;
    return {
        {u"webhook"_s, help,
         [](Invocation &i) {
             if (i.takeSub() == "serve"_L1 && i.args.isEmpty())
                 return 0;
             return usage(u"webhook takes serve; run 'orion webhook --help'"_s);
         },
         [](const Invocation &) { return Command::Needs::Address; }, nullptr, [](Invocation &i, Workspace *) { return serve(i); }},
    };
}

} // namespace Orion::Cli
