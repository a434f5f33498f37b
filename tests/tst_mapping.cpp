// The mapping engine: the local matcher on the labelled set in tests/data/mapping/ (a floor on
// precision per confidence band, no required field left out, and a printed report per vendor and
// band), the transformations' edge cases, and applying and validating a mapping set.
#include "mapping/driftcheck.h"
#include "mapping/localmatcher.h"
#include "mapping/mappingset.h"
#include "mapping/sourceprofile.h"
#include "mapping/transforms.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace MappingTest {

struct Expected
{
    QStringList paths; // any of these is right; empty = no source field for it
    QString transformation;
};

struct Sample
{
    QString file;
    QString vendor;
    MappingTarget target = MappingTarget::Customer;
    QList<QJsonObject> records;
    QHash<QString, Expected> expected;
};

QList<Sample> labelledSet(const QString &subdir = {})
{
    QList<Sample> out;
    const QDir dir(QStringLiteral(ORION_SOURCE_DIR) + u"/tests/data/mapping"_s + subdir);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        Sample s;
        s.file = name;
        s.vendor = o.value("vendor"_L1).toString();
        mappingTargetFromName(o.value("target"_L1).toString(), &s.target);
        for (const QJsonValue &r : o.value("records"_L1).toArray())
            s.records << r.toObject();
        const QJsonObject e = o.value("expected"_L1).toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            Expected x;
            if (it.value().isString())
                x.paths << it.value().toString();
            else if (it.value().isArray())
                for (const QJsonValue &p : it.value().toArray())
                    x.paths << p.toString();
            else if (it.value().isObject()) {
                x.paths << it.value().toObject().value("path"_L1).toString();
                x.transformation = it.value().toObject().value("transformation"_L1).toString();
            }
            s.expected.insert(it.key(), x);
        }
        out << s;
    }
    return out;
}

MappingSuggestion rule(const QString &target, const QString &path, Transformation t = Transformation::None)
{
    MappingSuggestion s;
    s.targetField = target;
    s.sourcePath = path;
    s.transformation = t;
    return s;
}

bool isRight(const MappingSuggestion &s, const Expected &e)
{
    if (!e.paths.contains(s.sourcePath))
        return false;
    return e.transformation.isEmpty() || transformationName(s.transformation) == e.transformation;
}

} // namespace MappingTest

class TstMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Drift of approved fields, judged against what the syncs saw: a field missing from every record
    // read is drift only when chance cannot explain it; most values of another type is drift; null
    // is no evidence and integers are numbers. Drifted fields keep their baseline.
    void driftIsJudgedAgainstWhatTheSyncsSaw()
    {
        auto baseline = [](qint64 id, const QString &path, qint64 records, qint64 present, const QString &type) {
            FieldBaseline b;
            b.ruleKey = u"mapping:%1:1:"_s.arg(id);
            b.targetField = path.section(u'.', -1);
            b.sourcePath = path;
            b.records = records;
            b.present = present;
            b.type = type;
            return b;
        };
        // Always present so far: one record without it is enough.
        DriftCheck always(u"customers"_s, {baseline(1, u"email"_s, 500, 500, u"string"_s)});
        always.observe(QJsonObject{{u"mail"_s, u"a@b.example"_s}});
        DriftFindings f = always.findings();
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().problem, DriftFinding::Problem::Vanished);
        QCOMPARE(f.first().records, 1);
        QCOMPARE(f.first().stream, u"customers"_s);
        QVERIFY2(f.first().describe().contains(u"missing from all 1 record"_s), qPrintable(f.first().describe()));
        QVERIFY(always.updatedBaselines().isEmpty()); // the alarm keeps its baseline
        // In half the records: six without it can be chance ((1/2)^6 > 1 %), seven cannot.
        for (const int n : {6, 7}) {
            DriftCheck half(u"customers"_s, {baseline(2, u"address.city"_s, 1000, 500, u"string"_s)});
            for (int i = 0; i < n; ++i)
                half.observe(QJsonObject{{u"address"_s, QJsonObject{{u"line1"_s, u"x"_s}}}});
            QCOMPARE(half.findings().size(), n == 7 ? 1 : 0);
        }
        // Nothing seen yet (or never present): nothing to lose.
        DriftCheck fresh(u"customers"_s, {baseline(3, u"phone"_s, 0, 0, QString())});
        fresh.observe(QJsonObject{{u"phone"_s, u"+1 415"_s}});
        fresh.observe(QJsonObject{{u"phone"_s, QJsonValue()}});
        QVERIFY(fresh.findings().isEmpty());
        const FieldBaselines learned = fresh.updatedBaselines();
        QCOMPARE(learned.size(), 1);
        QCOMPARE(learned.first().records, 2);
        QCOMPARE(learned.first().present, 2);
        QCOMPARE(learned.first().type, u"string"_s); // null says nothing of the type
        // Retyped: most non-null values of another type; nulls, integers and a minority are not.
        DriftCheck typed(u"invoices"_s,
                         {baseline(4, u"amount_due"_s, 100, 100, u"number"_s), baseline(5, u"created"_s, 100, 100, u"number"_s),
                          baseline(6, u"status"_s, 100, 100, u"string"_s)});
        for (int i = 0; i < 10; ++i)
            typed.observe(QJsonObject{{u"amount_due"_s, u"%1.00"_s.arg(i)},
                                      {u"created"_s, i % 2 ? QJsonValue(1700000000 + i) : QJsonValue(1.7e9 + 0.5)},
                                      {u"status"_s,
                                       i < 3       ? QJsonValue(7)
                                           : i < 6 ? QJsonValue()
                                                   : QJsonValue(u"open"_s)}});
        f = typed.findings();
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().targetField, u"amount_due"_s);
        QCOMPARE(f.first().problem, DriftFinding::Problem::Retyped);
        QCOMPARE(f.first().expectedType, u"number"_s);
        QCOMPARE(f.first().seenType, u"string"_s);
        QCOMPARE(f.first().mismatched, 10);
        QVERIFY2(f.first().describe().contains(u"was number, now string in 10 of 10"_s), qPrintable(f.first().describe()));
        const FieldBaselines kept = typed.updatedBaselines();
        QCOMPARE(kept.size(), 2); // created and status took the run in; amount_due kept its own
        QCOMPARE(kept.first().records, 110);
        // Stored and read back as the runs and health keep them.
        QCOMPARE(driftFromText(driftText(f)), f);
        QCOMPARE(driftFromText(u"not json"_s), DriftFindings());
        QCOMPARE(driftFields(f), QStringList{u"amount_due"_s});
    }

    void labelledSetIsComplete()
    {
        const auto set = MappingTest::labelledSet();
        QSet<QString> vendors, customerVendors, invoiceVendors;
        for (const auto &s : set) {
            vendors << s.vendor;
            (s.target == MappingTarget::Customer ? customerVendors : invoiceVendors) << s.vendor;
            QVERIFY2(s.records.size() >= 3, qPrintable(s.file));
            // Every target field is labelled by hand, and every labelled path exists in the records.
            for (const TargetField &t : targetFields(s.target)) {
                QVERIFY2(s.expected.contains(t.name), qPrintable(s.file + u": "_s + t.name));
                for (const QString &p : s.expected.value(t.name).paths) {
                    bool found = false;
                    for (const QJsonObject &r : s.records)
                        found = found || !SourceProfile::valueAt(r, p).isUndefined();
                    QVERIFY2(found, qPrintable(s.file + u": "_s + p));
                }
            }
        }
        QVERIFY(customerVendors.size() >= 10);
        QVERIFY(invoiceVendors.size() >= 10);
    }

    // The calibration report and its floors.
    void localMatcherOnTheLabelledSet()
    {
        struct Tally
        {
            int suggested = 0, right = 0, labelled = 0, found = 0;
        };
        QMap<int, Tally> bands;
        QMap<QString, Tally> vendors;
        int requiredMissing = 0;
        QStringList wrongHigh;
        for (const auto &s : MappingTest::labelledSet()) {
            const MappingSuggestions suggestions = LocalMatcher::suggest(SourceProfile::profile(s.records), s.target);
            QCOMPARE(suggestions.size(), targetFields(s.target).size()); // one per target field, none left out
            for (const MappingSuggestion &m : suggestions) {
                const TargetField *t = findTargetField(s.target, m.targetField);
                QVERIFY(t);
                QVERIFY(!m.reasoning.isEmpty());
                QVERIFY(m.alternatives.size() <= 3);
                const MappingTest::Expected e = s.expected.value(m.targetField);
                const QString key = s.vendor + u" ("_s + mappingTargetName(s.target) + u')';
                Tally &v = vendors[key];
                if (!e.paths.isEmpty()) {
                    ++v.labelled;
                    if (!m.isUnmapped() && MappingTest::isRight(m, e))
                        ++v.found;
                }
                if (m.isUnmapped()) {
                    if (t->required && !e.paths.isEmpty())
                        ++requiredMissing;
                    continue;
                }
                const bool right = MappingTest::isRight(m, e);
                ++v.suggested;
                v.right += right;
                Tally &b = bands[int(confidenceBand(m.confidence))];
                ++b.suggested;
                b.right += right;
                if (!right && m.confidence >= 0.9)
                    wrongHigh << u"%1: %2 ← %3 (%4) %5"_s.arg(s.file, m.targetField, m.sourcePath).arg(m.confidence).arg(m.reasoning);
                if (!right && qEnvironmentVariableIsSet("ORION_MAPPING_DEBUG"))
                    qInfo().noquote() << u"  wrong: %1: %2 ← %3 [%4] (%5) expected %6"_s
                                             .arg(s.file, m.targetField, m.sourcePath, transformationName(m.transformation))
                                             .arg(m.confidence)
                                             .arg(e.paths.join(u'|'));
            }
            if (qEnvironmentVariableIsSet("ORION_MAPPING_DEBUG")) {
                for (const MappingSuggestion &m : suggestions) {
                    const MappingTest::Expected e = s.expected.value(m.targetField);
                    if (m.isUnmapped() && !e.paths.isEmpty())
                        qInfo().noquote() << u"  missed: %1: %2 expected %3 (%4)"_s.arg(s.file, m.targetField, e.paths.join(u'|'), m.reasoning);
                }
            }
        }
        // The report: precision per band; precision and recall per vendor.
        qInfo().noquote() << u"Local matcher on the labelled set (tests/data/mapping):"_s;
        qInfo().noquote() << u"| confidence | suggestions | right | precision |"_s;
        qInfo().noquote() << u"|---|---|---|---|"_s;
        for (auto it = bands.begin(); it != bands.end(); ++it)
            qInfo().noquote() << u"| %1 | %2 | %3 | %4 % |"_s.arg(confidenceBandLabel(ConfidenceBand(it.key())))
                                     .arg(it->suggested)
                                     .arg(it->right)
                                     .arg(100.0 * it->right / std::max(1, it->suggested), 0, 'f', 1);
        qInfo().noquote() << u"| vendor (object) | precision | recall |"_s;
        qInfo().noquote() << u"|---|---|---|"_s;
        Tally all;
        for (auto it = vendors.begin(); it != vendors.end(); ++it) {
            qInfo().noquote() << u"| %1 | %2 % (%3/%4) | %5 % (%6/%7) |"_s.arg(it.key())
                                     .arg(100.0 * it->right / std::max(1, it->suggested), 0, 'f', 0)
                                     .arg(it->right)
                                     .arg(it->suggested)
                                     .arg(100.0 * it->found / std::max(1, it->labelled), 0, 'f', 0)
                                     .arg(it->found)
                                     .arg(it->labelled);
            all.suggested += it->suggested;
            all.right += it->right;
            all.labelled += it->labelled;
            all.found += it->found;
        }
        qInfo().noquote() << u"| all | %1 % | %2 % |"_s.arg(100.0 * all.right / std::max(1, all.suggested), 0, 'f', 1)
                                 .arg(100.0 * all.found / std::max(1, all.labelled), 0, 'f', 1);
        for (const QString &w : std::as_const(wrongHigh))
            qInfo().noquote() << u"  wrong at ≥ 0.9: "_s + w;
        // Floors: ≥ 0.9 right at least 95 % of the time; required fields with a source are found.
        const Tally high = bands.value(int(ConfidenceBand::High));
        QVERIFY(high.suggested >= 100);
        QVERIFY2(high.right >= 0.95 * high.suggested, qPrintable(u"%1 of %2 right at ≥ 0.9"_s.arg(high.right).arg(high.suggested)));
        QCOMPARE(requiredMissing, 0);
        QVERIFY2(all.found >= 0.85 * all.labelled, qPrintable(u"recall %1/%2"_s.arg(all.found).arg(all.labelled)));
        // Confidence means something: each lower band is less precise than the one above it.
        const Tally medium = bands.value(int(ConfidenceBand::Medium));
        if (medium.suggested >= 5)
            QVERIFY(double(medium.right) / medium.suggested <= double(high.right) / high.suggested);
    }

    // Payloads written after the matcher was tuned and never used to tune it: an honest check that
    // the confidence carries over. Reported, with a looser floor than the tuning set's.
    void heldOutSet()
    {
        int suggested = 0, right = 0, high = 0, highRight = 0, labelled = 0, found = 0;
        for (const auto &s : MappingTest::labelledSet(u"/holdout"_s)) {
            for (const MappingSuggestion &m : LocalMatcher::suggest(SourceProfile::profile(s.records), s.target)) {
                const MappingTest::Expected e = s.expected.value(m.targetField);
                labelled += !e.paths.isEmpty();
                if (m.isUnmapped())
                    continue;
                const bool ok = MappingTest::isRight(m, e);
                found += ok && !e.paths.isEmpty();
                ++suggested;
                right += ok;
                if (m.confidence >= 0.9) {
                    ++high;
                    highRight += ok;
                }
                if (!ok)
                    qInfo().noquote() << u"  held out, wrong: %1: %2 ← %3 (%4)"_s.arg(s.file, m.targetField, m.sourcePath).arg(m.confidence);
            }
        }
        qInfo().noquote() << u"Held-out set (tests/data/mapping/holdout, 4 payloads): ≥ 0.9: %1/%2 right; all: %3/%4 right; recall %5/%6"_s
                                 .arg(highRight)
                                 .arg(high)
                                 .arg(right)
                                 .arg(suggested)
                                 .arg(found)
                                 .arg(labelled);
        QVERIFY(high >= 20);
        QVERIFY2(highRight >= 0.9 * high, qPrintable(u"%1 of %2"_s.arg(highRight).arg(high)));
    }

    void tokens()
    {
        QCOMPARE(LocalMatcher::tokens(u"BillAddr.PostalCode"_s), (QStringList{u"bill"_s, u"addr"_s, u"postal"_s, u"code"_s}));
        QCOMPARE(LocalMatcher::tokens(u"customer_email_address"_s), (QStringList{u"customer"_s, u"email"_s, u"address"_s}));
        QCOMPARE(LocalMatcher::tokens(u"addresses[0].line1"_s), (QStringList{u"addresses"_s, u"0"_s, u"line"_s, u"1"_s}));
        QCOMPARE(LocalMatcher::tokens(u"HTTPStatusCode"_s), (QStringList{u"http"_s, u"status"_s, u"code"_s}));
    }

    void valueAtPaths()
    {
        const QJsonObject r = QJsonDocument::fromJson(R"({"a":{"b":[{"c":1},{"c":2}]},"x.y":"dot","list":["p","q"]})").object();
        QCOMPARE(SourceProfile::valueAt(r, u"a.b[1].c"_s).toInt(), 2);
        QCOMPARE(SourceProfile::valueAt(r, u"x\\.y"_s).toString(), u"dot"_s);
        QCOMPARE(SourceProfile::valueAt(r, u"list[1]"_s).toString(), u"q"_s);
        QVERIFY(SourceProfile::valueAt(r, u"a.b[5].c"_s).isUndefined());
        QVERIFY(SourceProfile::valueAt(r, u"a.nope"_s).isUndefined());
        QVERIFY(SourceProfile::valueAt(r, u"a.b[x]"_s).isUndefined());
        const SourceFields fields = SourceProfile::profile({r});
        QStringList paths;
        for (const SourceField &f : fields)
            paths << f.path;
        QVERIFY(paths.contains(u"a.b[0].c"_s));
        QVERIFY(paths.contains(u"x\\.y"_s));
        QVERIFY(paths.contains(u"list[0]"_s));
    }

    void loadingSamples_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("error");
        QTest::newRow("array") << QByteArray(R"([{"id":1},{"id":2}])") << 2 << QString();
        QTest::newRow("data envelope") << QByteArray(R"({"object":"list","data":[{"id":1}],"has_more":false})") << 1 << QString();
        QTest::newRow("QueryResponse") << QByteArray(R"({"QueryResponse":{"Customer":[{"Id":"1"},{"Id":"2"}],"startPosition":1}})") << 2 << QString();
        QTest::newRow("one record") << QByteArray(R"({"id":"x","email":"a@b.co"})") << 1 << QString();
        QTest::newRow("schema") << QByteArray(R"({"fields":[{"path":"Email","type":"string"}]})") << 0 << QString();
        QTest::newRow("schema without path") << QByteArray(R"({"fields":[{"type":"string"}]})") << -1 << u"fields[0].path: required"_s;
        QTest::newRow("not JSON") << QByteArray("{nope") << -1 << u"not valid JSON"_s;
        QTest::newRow("array of numbers") << QByteArray("[1,2]") << -1 << u"record 0 is not a JSON object"_s;
        QTest::newRow("empty array") << QByteArray("[]") << -1 << u"no records"_s;
    }
    void loadingSamples()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, records);
        QFETCH(QString, error);
        QList<QJsonObject> list;
        SourceFields schema;
        QString message;
        const bool ok = SourceProfile::load(json, 100, &list, &schema, &message);
        QCOMPARE(ok, records >= 0);
        if (ok) {
            QCOMPARE(int(list.size()), records);
            QVERIFY(!schema.isEmpty());
        } else {
            QVERIFY2(message.contains(error), qPrintable(message));
        }
    }

    void splitName_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("first last") << u"Jenny Rosen"_s << u"Jenny"_s << u"Rosen"_s;
        QTest::newRow("last, first") << u"Rosen, Jenny"_s << u"Jenny"_s << u"Rosen"_s;
        QTest::newRow("middle names") << u"Jean Paul Sartre"_s << u"Jean Paul"_s << u"Sartre"_s;
        QTest::newRow("single") << u"Cher"_s << u"Cher"_s << QString();
        QTest::newRow("unicode") << u"  Zoë   Ångström "_s << u"Zoë"_s << u"Ångström"_s;
        QTest::newRow("cjk") << u"王 小明"_s << u"王"_s << u"小明"_s;
        QTest::newRow("last, first middle") << u"García Márquez, Gabriel José"_s << u"Gabriel José"_s << u"García Márquez"_s;
    }
    void splitName()
    {
        QFETCH(QString, in);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const auto [f, l] = Transforms::splitName(in);
        QCOMPARE(f, first);
        QCOMPARE(l, last);
    }

    void minorUnits_data()
    {
        QTest::addColumn<QJsonValue>("in");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("out");
        QTest::addColumn<bool>("ok");
        QTest::newRow("decimal") << QJsonValue(19.99) << u"USD"_s << qint64(1999) << true;
        QTest::newRow("float noise") << QJsonValue(0.1 + 0.2) << u"EUR"_s << qint64(30) << true;
        QTest::newRow("string with separators") << QJsonValue(u"$1,234.50"_s) << u"USD"_s << qint64(123450) << true;
        QTest::newRow("yen has no minor unit") << QJsonValue(u"5500"_s) << u"JPY"_s << qint64(5500) << true;
        QTest::newRow("dinar has three") << QJsonValue(1.5) << u"KWD"_s << qint64(1500) << true;
        QTest::newRow("half rounds away") << QJsonValue(u"2.345"_s) << u"USD"_s << qint64(235) << true;
        QTest::newRow("negative") << QJsonValue(u"-12.5"_s) << u"GBP"_s << qint64(-1250) << true;
        QTest::newRow("trailing code") << QJsonValue(u"99.90 EUR"_s) << u"EUR"_s << qint64(9990) << true;
        QTest::newRow("text") << QJsonValue(u"twelve"_s) << u"USD"_s << qint64(0) << false;
        QTest::newRow("too large") << QJsonValue(u"123456789012345678901"_s) << u"USD"_s << qint64(0) << false;
        QTest::newRow("unknown currency") << QJsonValue(u"10"_s) << u"XYZ"_s << qint64(0) << false;
        QTest::newRow("object") << QJsonValue(QJsonObject{{u"amount"_s, 1}}) << u"USD"_s << qint64(0) << false;
    }
    void minorUnits()
    {
        QFETCH(QJsonValue, in);
        QFETCH(QString, currency);
        QFETCH(qint64, out);
        QFETCH(bool, ok);
        QJsonValue result;
        QString error;
        QCOMPARE(Transforms::apply(Transformation::ToMinorUnits, in, {u"total"_s, currency, {}, {}}, &result, &error), ok);
        if (ok)
            QCOMPARE(result.toInteger(), out);
        else
            QVERIFY(!error.isEmpty());
    }

    void dates_data()
    {
        QTest::addColumn<QJsonValue>("in");
        QTest::addColumn<QString>("utc");
        QTest::newRow("epoch seconds") << QJsonValue(1680893993) << u"2023-04-07T18:59:53.000Z"_s;
        QTest::newRow("epoch ms string") << QJsonValue(u"1680893993000"_s) << u"2023-04-07T18:59:53.000Z"_s;
        QTest::newRow("iso Z") << QJsonValue(u"2024-02-14T09:12:44.127Z"_s) << u"2024-02-14T09:12:44.127Z"_s;
        QTest::newRow("iso offset no colon") << QJsonValue(u"2023-11-02T17:21:54.000+0000"_s) << u"2023-11-02T17:21:54.000Z"_s;
        QTest::newRow("iso offset") << QJsonValue(u"2024-01-09T10:12:57-08:00"_s) << u"2024-01-09T18:12:57.000Z"_s;
        QTest::newRow("date only") << QJsonValue(u"2024-05-15"_s) << u"2024-05-15T00:00:00.000Z"_s;
        QTest::newRow("space separated") << QJsonValue(u"2024-03-14 19:22:54"_s) << u"2024-03-14T19:22:54.000Z"_s;
        QTest::newRow("microsoft json") << QJsonValue(u"/Date(1488391422280+0000)/"_s) << u"2017-03-01T18:03:42.280Z"_s;
        QTest::newRow("rfc 2822") << QJsonValue(u"Tue, 01 Nov 2022 10:00:00 GMT"_s) << u"2022-11-01T10:00:00.000Z"_s;
        QTest::newRow("us slashes") << QJsonValue(u"03/04/2024"_s) << u"2024-03-04T00:00:00.000Z"_s;
        QTest::newRow("dotted day first") << QJsonValue(u"03.04.2024"_s) << u"2024-04-03T00:00:00.000Z"_s;
        QTest::newRow("microseconds") << QJsonValue(u"2024-01-01T00:00:00.123456Z"_s) << u"2024-01-01T00:00:00.123Z"_s;
        QTest::newRow("garbage") << QJsonValue(u"next tuesday"_s) << QString();
        QTest::newRow("small number") << QJsonValue(42) << QString();
    }
    void dates()
    {
        QFETCH(QJsonValue, in);
        QFETCH(QString, utc);
        QJsonValue out;
        QString error;
        const bool ok = Transforms::apply(Transformation::ParseDatetime, in, {u"created_at"_s, {}, {}, {}}, &out, &error);
        QCOMPARE(ok, !utc.isEmpty());
        if (ok)
            QCOMPARE(out.toString(), utc);
        else
            QVERIFY(error.contains(u"not a date"_s));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("line1");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("postal");
        QTest::addColumn<QString>("country");
        QTest::newRow("us two lines") << u"123 Main St.\nAnytown, LA 71223"_s << u"123 Main St."_s << u"Anytown"_s << u"LA"_s << u"71223"_s
                                      << QString();
        QTest::newRow("us with country") << u"1 Infinite Loop, Cupertino, CA 95014, USA"_s << u"1 Infinite Loop"_s << u"Cupertino"_s << u"CA"_s
                                         << u"95014"_s << u"US"_s;
        QTest::newRow("german") << u"Am Sandtorkai 1, 20457 Hamburg, Germany"_s << u"Am Sandtorkai 1"_s << u"Hamburg"_s << QString() << u"20457"_s
                                << u"DE"_s;
        QTest::newRow("uk") << u"10 Downing Street, London, SW1A 2AA, United Kingdom"_s << u"10 Downing Street"_s << u"London"_s << QString()
                            << u"SW1A 2AA"_s << u"GB"_s;
        QTest::newRow("with suite") << u"500 Electric Ave, Suite 600, New York, NY 10003"_s << u"500 Electric Ave"_s << u"New York"_s << u"NY"_s
                                    << u"10003"_s << QString();
    }
    void addresses()
    {
        QFETCH(QString, in);
        QFETCH(QString, line1);
        QFETCH(QString, city);
        QFETCH(QString, region);
        QFETCH(QString, postal);
        QFETCH(QString, country);
        const QJsonObject a = Transforms::parseAddress(in);
        QCOMPARE(a.value("line1"_L1).toString(), line1);
        QCOMPARE(a.value("city"_L1).toString(), city);
        QCOMPARE(a.value("region"_L1).toString(), region);
        QCOMPARE(a.value("postal_code"_L1).toString(), postal);
        QCOMPARE(a.value("country"_L1).toString(), country);
    }

    void otherTransforms()
    {
        QJsonValue out;
        QString error;
        QVERIFY(Transforms::apply(Transformation::FormatPhone, QJsonValue(u"030 1234567"_s), {u"phone"_s, {}, u"DE"_s, {}}, &out, &error));
        QCOMPARE(out.toString(), u"+49301234567"_s);
        QVERIFY(Transforms::apply(Transformation::FormatPhone, QJsonValue(u"(650) 555-3311"_s), {u"phone"_s, {}, u"US"_s, {}}, &out, &error));
        QCOMPARE(out.toString(), u"+16505553311"_s);
        QVERIFY(Transforms::apply(Transformation::FormatPhone, QJsonValue(u"ask reception"_s), {u"phone"_s, {}, u"US"_s, {}}, &out, &error));
        QCOMPARE(out.toString(), u"ask reception"_s); // kept as written when it is not a number
        QVERIFY(Transforms::apply(Transformation::ExtractEmailDomain, QJsonValue(u"Jo@Acme.IO"_s), {u"company"_s, {}, {}, {}}, &out, &error));
        QCOMPARE(out.toString(), u"acme.io"_s);
        QVERIFY(!Transforms::apply(Transformation::ExtractEmailDomain, QJsonValue(u"jo at acme"_s), {u"company"_s, {}, {}, {}}, &out, &error));
        QVERIFY(Transforms::apply(Transformation::MapEnum, QJsonValue(u"AUTHORISED"_s), {u"status"_s, {}, {}, {}}, &out, &error));
        QCOMPARE(out.toString(), u"open"_s);
        QVERIFY(Transforms::apply(Transformation::MapEnum, QJsonValue(u"Sent-To-Client"_s),
                                  {u"status"_s, {}, {}, QJsonObject{{u"values"_s, QJsonObject{{u"sent_to_client"_s, u"open"_s}}}}}, &out, &error));
        QCOMPARE(out.toString(), u"open"_s);
        QVERIFY(!Transforms::apply(Transformation::MapEnum, QJsonValue(u"frobnicated"_s), {u"status"_s, {}, {}, {}}, &out, &error));
        QVERIFY(error.contains(u"frobnicated"_s));
        QVERIFY(!Transforms::apply(Transformation::None, QJsonValue(QJsonObject{{u"a"_s, 1}}), {u"email"_s, {}, {}, {}}, &out, &error));
    }

    // Applying the hand-written mapping of a labelled sample yields valid unified records; errors
    // are collected per field, not thrown; validation catches a missing required field and a
    // transformation that fails on the samples.
    void applyingAndValidating()
    {
        const auto set = MappingTest::labelledSet();
        for (const auto &s : set) {
            MappingSuggestions rules;
            for (auto it = s.expected.begin(); it != s.expected.end(); ++it) {
                if (it->paths.isEmpty())
                    continue;
                MappingSuggestion rule;
                rule.targetField = it.key();
                rule.sourcePath = it->paths.first();
                const TargetField *t = findTargetField(s.target, it.key());
                if (!it->transformation.isEmpty())
                    transformationFromName(it->transformation, &rule.transformation);
                else if (t->kind == ValueKind::Phone)
                    rule.transformation = Transformation::FormatPhone;
                else if (t->kind == ValueKind::DateTime)
                    rule.transformation = Transformation::ParseDatetime;
                else if (t->kind == ValueKind::Status)
                    rule.transformation = Transformation::MapEnum;
                else if (t->kind == ValueKind::Money) {
                    bool integers = true;
                    for (const QJsonObject &r : s.records) {
                        const QJsonValue v = SourceProfile::valueAt(r, rule.sourcePath);
                        integers = integers && (v.isNull() || v.isUndefined() || (v.isDouble() && v.toDouble() == double(qint64(v.toDouble()))));
                    }
                    rule.transformation = integers && (s.vendor == "Stripe"_L1 || s.vendor == "Chargebee"_L1 || s.vendor == "Square"_L1)
                        ? Transformation::None
                        : Transformation::ToMinorUnits;
                }
                rules << rule;
            }
            MappingSet mapping(s.target, rules);
            mapping.setDefaultRegion(u"US"_s);
            const MappingSet::Validation v = mapping.validate(s.records);
            QVERIFY2(v.missingRequired.isEmpty() || s.target == MappingTarget::Invoice, qPrintable(s.file + v.problems.join(u"; "_s)));
            for (const QJsonObject &r : s.records) {
                QList<MappingSet::FieldError> errors;
                QString error;
                if (s.target == MappingTarget::Customer) {
                    UnifiedCustomer c;
                    QVERIFY2(mapping.toCustomer(r, &c, &errors, &error), qPrintable(s.file + u": "_s + error));
                    QVERIFY(!c.externalId.isEmpty());
                    QCOMPARE(c.raw, r);
                } else {
                    UnifiedInvoice inv;
                    QVERIFY2(mapping.toInvoice(r, &inv, &errors, &error), qPrintable(s.file + u": "_s + error));
                    QVERIFY(!inv.externalId.isEmpty());
                }
                for (const auto &e : std::as_const(errors))
                    QVERIFY2(false, qPrintable(u"%1: %2 ← %3: %4"_s.arg(s.file, e.targetField, e.sourcePath, e.message)));
            }
        }
        // Values checked on two vendors.
        const auto byFile = [&](const QString &file) {
            for (const auto &s : set)
                if (s.file == file)
                    return s;
            return MappingTest::Sample{};
        };
        using MappingTest::rule;
        MappingSet qb(MappingTarget::Invoice,
                      {rule(u"external_id"_s, u"Id"_s), rule(u"currency"_s, u"CurrencyRef.value"_s),
                       rule(u"total"_s, u"TotalAmt"_s, Transformation::ToMinorUnits),
                       rule(u"due_at"_s, u"DueDate"_s, Transformation::ParseDatetime)});
        UnifiedInvoice inv;
        QList<MappingSet::FieldError> errors;
        QString error;
        QVERIFY(qb.toInvoice(byFile(u"quickbooks-invoice.json"_s).records.at(0), &inv, &errors, &error));
        QCOMPARE(inv.total, qint64(36207));
        QCOMPARE(inv.currency, u"USD"_s);
        QCOMPARE(inv.dueAt, QDateTime(QDate(2024, 6, 14), QTime(0, 0), QTimeZone::UTC));
        // Collected errors: a decimal amount without to_minor_units, an unknown status word.
        MappingSet bad(
            MappingTarget::Invoice,
            {rule(u"external_id"_s, u"Id"_s), rule(u"total"_s, u"TotalAmt"_s), rule(u"status"_s, u"EmailStatus"_s, Transformation::MapEnum)});
        const MappingSet::Result r = bad.apply(byFile(u"quickbooks-invoice.json"_s).records.at(0));
        QCOMPARE(r.errors.size(), 2);
        QVERIFY(r.errors.at(0).message.contains(u"to_minor_units"_s));
        QVERIFY(r.errors.at(1).message.contains(u"NeedToSend"_s));
        const MappingSet::Validation v = bad.validate(byFile(u"quickbooks-invoice.json"_s).records);
        QCOMPARE(v.missingRequired, (QStringList{u"currency"_s}));
        QVERIFY(!v.ok());
        QCOMPARE(v.rules.size(), 3);
        QCOMPARE(v.rules.at(1).failed, 2); // 108.0 reads as the whole number 108: JSON cannot tell it apart
        // A record without the id is refused as a whole, with the reason.
        QVERIFY(!qb.toInvoice(QJsonObject{{u"TotalAmt"_s, 1.5}}, &inv, &errors, &error));
        QVERIFY(error.contains(u"external_id"_s));
    }
};

QTEST_GUILESS_MAIN(TstMapping)
#include "tst_mapping.moc"
