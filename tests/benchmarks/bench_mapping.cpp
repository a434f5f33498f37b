// Benchmark: the local matcher on a 500-field sample (profiling and matching, median of 21 runs),
// and applying an approved mapping set (QuickBooks invoices: amounts to minor units, dates, status
// words, nested paths) to 100,000 records, building each unified invoice. Prints one JSON line.
//   bench_mapping [--fields 500] [--records 100000]
#include "testsupport.h"

#include "mapping/localmatcher.h"
#include "mapping/mappingset.h"
#include "mapping/sourceprofile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

QList<QJsonObject> labelled(const QString &file)
{
    return Test::mappingSample(file);
}

// A wide record: a real vendor payload plus custom fields of every kind, nested a little, up to `fields` leaves.
QList<QJsonObject> wideSample(int fields, int records)
{
    const QList<QJsonObject> base = labelled(u"salesforce-contact.json"_s);
    QRandomGenerator rng(7);
    QList<QJsonObject> out;
    for (int r = 0; r < records; ++r) {
        QJsonObject o = base.at(r % base.size());
        QJsonObject custom;
        const int have = int(SourceProfile::profile({o}).size());
        for (int i = 0; have + i < fields; ++i) {
            const QString key = u"Custom_Field_%1__c"_s.arg(i);
            switch (i % 6) {
            case 0: custom.insert(key, u"value %1"_s.arg(rng.bounded(1000))); break;
            case 1: custom.insert(key, double(rng.bounded(100000)) / 100.0); break;
            case 2: custom.insert(key, u"2024-0%1-1%2T10:00:00Z"_s.arg(1 + i % 9).arg(i % 10)); break;
            case 3: custom.insert(key, u"user%1@example.com"_s.arg(rng.bounded(100))); break;
            case 4: custom.insert(key, rng.bounded(2) == 0); break;
            default: custom.insert(key, u"+1 415 555 %1"_s.arg(1000 + rng.bounded(9000))); break;
            }
        }
        o.insert(u"Custom"_s, custom);
        out << o;
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int fields = 500;
    qint64 records = 100'000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == "--fields"_L1)
            fields = args.at(i + 1).toInt();
        if (args.at(i) == "--records"_L1)
            records = args.at(i + 1).toLongLong();
    }

    // 1. Matching a wide sample (20 records).
    const QList<QJsonObject> sample = wideSample(fields, 20);
    SourceFields profiled;
    QList<double> profileMs, matchMs;
    MappingSuggestions suggestions;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer t;
        t.start();
        profiled = SourceProfile::profile(sample);
        profileMs << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        suggestions = LocalMatcher::suggest(profiled, MappingTarget::Customer);
        matchMs << double(t.nsecsElapsed()) / 1e6;
    }

    // 2. Applying an approved set to many records.
    const QList<QJsonObject> invoices = labelled(u"quickbooks-invoice.json"_s);
    auto rule = [](const QString &target, const QString &path, Transformation t) {
        MappingSuggestion s;
        s.targetField = target;
        s.sourcePath = path;
        s.transformation = t;
        s.confidence = 1;
        return s;
    };
    MappingSuggestion status = rule(u"status"_s, u"EmailStatus"_s, Transformation::MapEnum);
    status.parameters
        = QJsonObject{{u"values"_s, QJsonObject{{u"NeedToSend"_s, u"draft"_s}, {u"EmailSent"_s, u"open"_s}, {u"NotSet"_s, u"draft"_s}}}};
    const MappingSet set(
        MappingTarget::Invoice,
        {rule(u"external_id"_s, u"Id"_s, Transformation::None), rule(u"number"_s, u"DocNumber"_s, Transformation::None),
         rule(u"customer_external_id"_s, u"CustomerRef.value"_s, Transformation::None),
         rule(u"currency"_s, u"CurrencyRef.value"_s, Transformation::None), rule(u"tax"_s, u"TxnTaxDetail.TotalTax"_s, Transformation::ToMinorUnits),
         rule(u"total"_s, u"TotalAmt"_s, Transformation::ToMinorUnits), rule(u"amount_due"_s, u"Balance"_s, Transformation::ToMinorUnits), status,
         rule(u"issued_at"_s, u"TxnDate"_s, Transformation::ParseDatetime), rule(u"due_at"_s, u"DueDate"_s, Transformation::ParseDatetime)});
    QList<QJsonObject> batch;
    batch.reserve(records);
    for (qint64 i = 0; i < records; ++i) {
        QJsonObject o = invoices.at(i % invoices.size());
        o.insert(u"Id"_s, QString::number(1000 + i));
        batch << o;
    }
    QElapsedTimer t;
    t.start();
    qint64 rulesOnly = 0;
    for (const QJsonObject &r : std::as_const(batch))
        rulesOnly += set.apply(r).unified.size();
    const qint64 rulesMs = t.elapsed();
    t.restart();
    qint64 built = 0, fieldErrors = 0;
    qint64 totalCents = 0;
    for (const QJsonObject &r : std::as_const(batch)) {
        UnifiedInvoice inv;
        QList<MappingSet::FieldError> errors;
        QString error;
        if (set.toInvoice(r, &inv, &errors, &error)) {
            ++built;
            totalCents += inv.total;
        }
        fieldErrors += errors.size();
    }
    const qint64 applyMs = t.elapsed();

    const QJsonObject out{{u"benchmark"_s, u"mapping"_s},
                          {u"fields"_s, int(profiled.size())},
                          {u"profile_ms"_s, qRound(median(profileMs) * 100) / 100.0},
                          {u"match_ms"_s, qRound(median(matchMs) * 100) / 100.0},
                          {u"suggestions"_s, int(suggestions.size())},
                          {u"apply_records"_s, records},
                          {u"apply_ms"_s, applyMs},
                          {u"rules_only_ms"_s, rulesMs},
                          {u"rules_only_fields"_s, rulesOnly},
                          {u"apply_records_per_s"_s, applyMs > 0 ? qRound64(double(built) * 1000.0 / double(applyMs)) : built},
                          {u"built"_s, built},
                          {u"field_errors"_s, fieldErrors},
                          {u"checksum_total_cents"_s, totalCents}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return built == records ? 0 : 1;
}
