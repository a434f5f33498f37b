// Benchmark: the declarative engine against the hand-written Stripe adapter, in the same run, on
// the same local Stripe fake: a full sync of N customers (pages of 100) into SQLite by the real
// `orion sync`, once with connector "stripe" and once with a custom connector spec describing the
// same API (bearer key, starting_after cursor from the last record, has_more, field mappings).
// Alternating runs, best of 3 each. Prints one JSON line with records/s and the ratio.
//   bench_declarative [--records 100000]
#include "fakestripe.h"

#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {

QJsonObject stripeSpec(const QString &base)
{
    auto map = [](const char *target, const char *path, const char *t = "none") {
        return QJsonObject{{u"target_field"_s, QString::fromLatin1(target)},
                           {u"source_path"_s, QString::fromLatin1(path)},
                           {u"transformation"_s, QString::fromLatin1(t)}};
    };
    return QJsonObject{
        {u"spec_version"_s, 1},
        {u"name"_s, u"stripe-declarative"_s},
        {u"version"_s, 1},
        {u"base_url"_s, base},
        {u"authenticator"_s, QJsonObject{{u"type"_s, u"bearer"_s}, {u"secret"_s, u"api_key"_s}}},
        {u"streams"_s,
         QJsonArray{
             QJsonObject{{u"name"_s, u"customers"_s},
                         {u"kind"_s, u"customer"_s},
                         {u"path"_s, u"/v1/customers"_s},
                         {u"request"_s, QJsonObject{{u"params"_s, QJsonObject{{u"limit"_s, u"100"_s}}}}},
                         {u"record_selector"_s, QJsonObject{{u"path"_s, u"data"_s}}},
                         {u"primary_key"_s, u"id"_s},
                         {u"paginator"_s,
                          QJsonObject{{u"type"_s, u"cursor"_s},
                                      {u"cursor_from_last_record"_s, u"id"_s},
                                      {u"cursor_param"_s, u"starting_after"_s},
                                      {u"stop_path"_s, u"has_more"_s}}},
                         {u"mappings"_s,
                          QJsonArray{map("email", "email"), map("full_name", "name"), map("first_name", "name", "split_name"),
                                     map("last_name", "name", "split_name"), map("phone", "phone", "format_phone"),
                                     map("company", "metadata.company"), map("address.line1", "address.line1"), map("address.city", "address.city"),
                                     map("address.region", "address.state"), map("address.postal_code", "address.postal_code"),
                                     map("address.country", "address.country"), map("created_at", "created", "parse_datetime")}}}}}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 records = 100'000;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(u"--records"_s);
    if (at >= 0 && at + 1 < args.size())
        records = args.at(at + 1).toLongLong();
    QTemporaryDir dir;
    Fakes::FakeStripe stripe;
    stripe.setRecording(false);
    stripe.setCustomerCount(records);
    if (!stripe.start())
        return 1;
    const QString specFile = dir.filePath(u"stripe-declarative.json"_s);
    {
        QFile f(specFile);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QJsonDocument(stripeSpec(stripe.baseUrl().toString())).toJson());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ORION_SECRET_BENCH_API_KEY"_s, stripe.apiKey());
    env.insert(u"ORION_SECRET_BACKEND"_s, u"file"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    auto orion = [&](const QStringList &a, QByteArray *out) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ORION_CLI_PATH), a);
        p.waitForFinished(-1);
        *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    };
    // One sync in a fresh workspace; records/s.
    int round = 0;
    auto run = [&](bool declarative) -> double {
        const QString db = u"sqlite:"_s + dir.filePath(u"w%1.db"_s.arg(++round));
        QByteArray out;
        const QStringList add = declarative
            ? QStringList{u"--db"_s, db, u"connection"_s, u"add"_s, u"bench"_s, u"--connector"_s, u"custom:"_s + specFile}
            : QStringList{u"--db"_s,
                          db,
                          u"connection"_s,
                          u"add"_s,
                          u"bench"_s,
                          u"--connector"_s,
                          u"stripe"_s,
                          u"--set"_s,
                          u"api_base="_s + stripe.baseUrl().toString(),
                          u"--set"_s,
                          u"requests_per_second=0"_s};
        if (orion(add, &out) != 0) {
            std::fprintf(stderr, "bench_declarative: %s\n", out.constData());
            return -1;
        }
        QElapsedTimer t;
        t.start();
        if (orion({u"--db"_s, db, u"sync"_s, u"bench"_s, u"--stream"_s, u"customers"_s, u"--json"_s}, &out) != 0
            || QJsonDocument::fromJson(out).object().value("records_written"_L1).toInteger() != records) {
            std::fprintf(stderr, "bench_declarative: the sync failed: %s\n", out.constData());
            return -1;
        }
        return double(records) * 1000.0 / double(t.elapsed());
    };
    double stripeBest = 0, declarativeBest = 0;
    for (int i = 0; i < 3; ++i) {
        const double s = run(false), d = run(true);
        if (s < 0 || d < 0)
            return 1;
        stripeBest = std::max(stripeBest, s);
        declarativeBest = std::max(declarativeBest, d);
    }
    const QJsonObject result{{u"benchmark"_s, u"declarative_vs_stripe"_s},
                             {u"records"_s, records},
                             {u"stripe_records_per_s"_s, qRound64(stripeBest)},
                             {u"declarative_records_per_s"_s, qRound64(declarativeBest)},
                             {u"ratio"_s, qRound(declarativeBest / stripeBest * 100) / 100.0}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
