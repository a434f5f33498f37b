// Importers from OpenAPI 3.0/3.1 (JSON and YAML), Postman v2.1, HAR 1.2 and cURL into valid specs:
// names, base URLs, authenticators (secrets never copied), streams, record selectors, paginators,
// incremental cursors and mappings; malformed input gives a clear error, never a crash.
#include "adapters/declarative/connectorspec.h"
#include "adapters/declarative/specdetector.h"
#include "adapters/declarative/specimporter.h"
#include "adapters/declarative/yamldocument.h"
#include "importerlabels.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "runtime/redactor.h"

using namespace Qt::StringLiterals;
using namespace Orion;

namespace ImporterTest {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(ORION_SOURCE_DIR) + u"/tests/data/importers/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QJsonObject streamNamed(const QJsonObject &spec, const QString &name)
{
    for (const QJsonValue &s : spec.value("streams"_L1).toArray())
        if (s.toObject().value("name"_L1).toString() == name)
            return s.toObject();
    return {};
}

void verifyValid(const QJsonObject &spec)
{
    ConnectorSpec parsed;
    QStringList errors;
    QVERIFY2(ConnectorSpec::fromJson(spec, &parsed, &errors), qPrintable(errors.join(u"; "_s)));
}

} // namespace ImporterTest

using namespace ImporterTest;

class TstSpecImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openApiYaml()
    {
        SpecImporter::Result r;
        QString error;
        QVERIFY2(SpecImporter::fromOpenApi(fixture(u"ledgerly-openapi.yaml"_s), &r, &error), qPrintable(error));
        verifyValid(r.spec);
        QCOMPARE(r.spec.value("name"_L1).toString(), u"ledgerly-billing-api"_s);
        QCOMPARE(r.spec.value("base_url"_L1).toString(), u"https://api.ledgerly.example/v1"_s);
        QCOMPARE(r.spec.value("authenticator"_L1).toObject(), (QJsonObject{{u"type"_s, u"bearer"_s}, {u"secret"_s, u"token"_s}}));
        QCOMPARE(r.spec.value("streams"_L1).toArray().size(), 2); // /customers/{id} is not a list
        const QJsonObject customers = streamNamed(r.spec, u"customers"_s);
        QCOMPARE(customers.value("path"_L1).toString(), u"/cursor/customers"_s);
        QCOMPARE(customers.value("record_selector"_L1).toObject().value("path"_L1).toString(), u"data"_s);
        const QJsonObject paginator = customers.value("paginator"_L1).toObject();
        QCOMPARE(paginator.value("type"_L1).toString(), u"cursor"_s);
        QCOMPARE(paginator.value("cursor_path"_L1).toString(), u"meta.next_cursor"_s);
        QCOMPARE(paginator.value("cursor_param"_L1).toString(), u"cursor"_s);
        QCOMPARE(customers.value("incremental"_L1).toObject().value("request_param"_L1).toString(), u"updated_since"_s);
        QCOMPARE(customers.value("kind"_L1).toString(), u"customer"_s);
        bool email = false;
        for (const QJsonValue &m : customers.value("mappings"_L1).toArray())
            email = email
                || (m.toObject().value("target_field"_L1).toString() == "email"_L1 && m.toObject().value("source_path"_L1).toString() == "email"_L1);
        QVERIFY(email);
        const QJsonObject invoices = streamNamed(r.spec, u"invoices"_s);
        QCOMPARE(invoices.value("kind"_L1).toString(), u"invoice"_s);
        QCOMPARE(invoices.value("paginator"_L1).toObject().value("type"_L1).toString(), u"offset"_s);
    }

    void openApiJson()
    {
        SpecImporter::Result r;
        QString error;
        QVERIFY2(SpecImporter::fromOpenApi(fixture(u"ledgerly-openapi.json"_s), &r, &error), qPrintable(error));
        verifyValid(r.spec);
        QCOMPARE(r.spec.value("base_url"_L1).toString(), u"https://api.ledgerly.example/v1"_s); // trailing slash dropped
        const QJsonObject auth = r.spec.value("authenticator"_L1).toObject();
        QCOMPARE(auth.value("type"_L1).toString(), u"api_key"_s);
        QCOMPARE(auth.value("name"_L1).toString(), u"X-API-Key"_s);
        QCOMPARE(auth.value("secret"_L1).toString(), u"token"_s);
        QCOMPARE(streamNamed(r.spec, u"customers"_s).value("paginator"_L1).toObject().value("type"_L1).toString(), u"page_number"_s);
    }

    // A description as vendors write them: server variables, $ref'd responses, parameters and path
    // items, allOf envelopes, vendor media types beside problem+json, a Link header, an array of
    // links and an error list beside the records, 3.1 type lists — each choice with its evidence.
    void openApiAsWritten()
    {
        SpecImporter::Result r;
        QString error;
        QVERIFY2(SpecImporter::fromOpenApi(fixture(u"as-written-openapi.yaml"_s), &r, &error), qPrintable(error));
        verifyValid(r.spec);
        QCOMPARE(r.spec.value("base_url"_L1).toString(), u"https://eu.api.parcelry.example/v3"_s);
        QStringList settings;
        for (const QJsonValue &v : r.spec.value("settings"_L1).toArray())
            settings << v.toObject().value("key"_L1).toString() + u'=' + v.toObject().value("default"_L1).toString();
        QVERIFY2(settings.contains(u"region=eu"_s) && settings.contains(u"version=v3"_s), qPrintable(settings.join(u", "_s)));
        // The bearer token the operations require, not the legacy query key or OAuth sign-in.
        QCOMPARE(r.spec.value("authenticator"_L1).toObject().value("type"_L1).toString(), u"bearer"_s);

        const QJsonObject shipments = streamNamed(r.spec, u"shipments"_s);
        QCOMPARE(shipments.value("record_selector"_L1).toObject().value("path"_L1).toString(), u"shipments"_s); // not _links, not errors
        const QJsonObject paging = shipments.value("paginator"_L1).toObject();
        QCOMPARE(paging.value("type"_L1).toString(), u"cursor"_s);
        QCOMPARE(paging.value("cursor_param"_L1).toString(), u"starting_token"_s);
        QCOMPARE(paging.value("cursor_path"_L1).toString(), u"meta.pagination.next_token"_s);
        QCOMPARE(paging.value("stop_path"_L1).toString(), u"meta.pagination.has_more"_s);
        QCOMPARE(paging.value("size_param"_L1).toString(), u"page_size"_s);
        QCOMPARE(paging.value("page_size"_L1).toInt(), 250); // the documented maximum
        QCOMPARE(shipments.value("incremental"_L1).toObject().value("cursor_field"_L1).toString(), u"updated_at"_s);
        QCOMPARE(shipments.value("incremental"_L1).toObject().value("request_param"_L1).toString(), u"updated_since"_s);
        const QJsonObject evidence = r.evidence.value("shipments"_L1).toObject();
        QVERIFY2(evidence.value("paginator"_L1).toObject().value("reason"_L1).toString().contains(u"`meta.pagination.next_token`"_s),
                 qPrintable(evidence.value("paginator"_L1).toObject().value("reason"_L1).toString()));
        QVERIFY(evidence.value("paginator"_L1).toObject().value("confidence"_L1).toDouble() >= 0.8);
        QVERIFY(evidence.value("record_selector"_L1).toObject().value("reason"_L1).toString().contains(u"shipments"_s));
        QCOMPARE(evidence.value("path"_L1).toString(), u"/shipments"_s);

        // A $ref'd path item answering a root array, paged by a documented Link header.
        const QJsonObject carriers = streamNamed(r.spec, u"carriers"_s);
        QCOMPARE(carriers.value("record_selector"_L1).toObject().value("path"_L1).toString(), QString());
        QCOMPARE(carriers.value("primary_key"_L1).toString(), u"code"_s);
        QCOMPARE(carriers.value("paginator"_L1).toObject(),
                 (QJsonObject{{u"type"_s, u"link_header"_s}, {u"size_param"_s, u"per_page"_s}, {u"page_size"_s, 100}}));
        // One shipment by its id is not a list; its events are read for every shipment (a partition),
        // by offset with the limit that carries the page size.
        for (const QJsonValue &s : r.spec.value("streams"_L1).toArray())
            QVERIFY(s.toObject().value("path"_L1).toString() != "/shipments/{shipment_id}"_L1);
        const QJsonObject events = streamNamed(r.spec, u"events"_s);
        QCOMPARE(events.value("path"_L1).toString(), u"/shipments/{{ partition.shipment_id }}/events"_s);
        QCOMPARE(events.value("partition"_L1).toObject().value("parent_stream"_L1).toString(), u"shipments"_s);
        QCOMPARE(events.value("paginator"_L1).toObject(),
                 (QJsonObject{{u"type"_s, u"offset"_s}, {u"offset_param"_s, u"offset"_s}, {u"limit_param"_s, u"limit"_s}, {u"page_size"_s, 100}}));
        // A path parameter without a parent list becomes a required setting; `next` holds the next URL.
        const QJsonObject bins = streamNamed(r.spec, u"bins"_s);
        QCOMPARE(bins.value("path"_L1).toString(), u"/warehouses/{{ config.warehouse_code }}/bins"_s);
        QVERIFY(settings.contains(u"warehouse_code="_s));
        QCOMPARE(bins.value("paginator"_L1).toObject(), (QJsonObject{{u"type"_s, u"next_url"_s}, {u"next_url_path"_s, u"next"_s}}));
    }

    // YAML as libyaml reads it: core-schema scalars (quoted ones stay text), anchors and aliases,
    // and the failures an attacker would try (an alias bomb, deep nesting, a dangling alias).
    void yamlDocuments()
    {
        QJsonValue v;
        QString error;
        QVERIFY2(Yaml::read("a: &shared {type: string, max: 5}\nb: *shared\nc: '5'\nd: 5\ne: 1.5e3\nf: ~\ng: true\nh: 'true'\ni: -12\nj: 0x\n", &v,
                            &error),
                 qPrintable(error));
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value("b"_L1).toObject(), o.value("a"_L1).toObject());
        QCOMPARE(o.value("a"_L1).toObject().value("max"_L1).toDouble(), 5.0);
        QCOMPARE(o.value("c"_L1), QJsonValue(u"5"_s));
        QCOMPARE(o.value("d"_L1), QJsonValue(5.0));
        QCOMPARE(o.value("e"_L1), QJsonValue(1500.0));
        QVERIFY(o.value("f"_L1).isNull());
        QCOMPARE(o.value("g"_L1), QJsonValue(true));
        QCOMPARE(o.value("h"_L1), QJsonValue(u"true"_s));
        QCOMPARE(o.value("i"_L1), QJsonValue(-12.0));
        QCOMPARE(o.value("j"_L1), QJsonValue(u"0x"_s));
        // Nine levels of ten aliases each would be a billion values.
        QByteArray bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 9; ++i)
            bomb += QByteArray("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                        .replace("%1", QByteArray::number(i))
                        .replace("%2", QByteArray::number(i - 1));
        QVERIFY(!Yaml::read(bomb, &v, &error));
        QVERIFY2(error.contains(u"expands to more than"_s), qPrintable(error));
        QVERIFY(!Yaml::read("a: *nowhere\n", &v, &error));
        QVERIFY2(error.contains(u"names no anchor"_s), qPrintable(error));
        QVERIFY(!Yaml::read("a: [1, 2\nb: 3\n", &v, &error));
        QVERIFY2(error.contains(u"line"_s), qPrintable(error));
    }

    // Detect from a live answer never proposes a page size without the parameter that carries it:
    // the request's own size parameter, else the size the API chose (offset and page numbers step by
    // it) or none at all (a cursor or Link header then sends no size), with a note saying so.
    void detectKeepsThePageSizeWithItsParameter()
    {
        const auto answer = [](const QString &url, int records, const QJsonObject &extra = {}, const QJsonObject &headers = {}) {
            QJsonArray data;
            for (int i = 0; i < records; ++i)
                data.append(QJsonObject{{u"id"_s, u"c_%1"_s.arg(i)}, {u"updated_at"_s, u"2026-01-01T00:00:00Z"_s}});
            QJsonObject body = extra;
            body.insert(u"data"_s, data);
            return QJsonObject{
                {u"request"_s, QJsonObject{{u"method"_s, u"GET"_s}, {u"url"_s, url}}},
                {u"response"_s,
                 QJsonObject{{u"status"_s, 200}, {u"headers"_s, headers}, {u"body"_s, QString::fromUtf8(QJsonDocument(body).toJson())}}}};
        };
        SpecDetector::Result r;
        QString error;
        // page=1 without a size parameter: the API's 20 are the page size, and a note asks for the parameter.
        QVERIFY2(SpecDetector::detect(answer(u"https://api.example.com/customers?page=1"_s, 20), &r, &error), qPrintable(error));
        QCOMPARE(r.paginator.value("type"_L1).toString(), u"page_number"_s);
        QVERIFY(!r.paginator.contains("size_param"_L1));
        QCOMPARE(r.paginator.value("page_size"_L1).toInt(), 20);
        QVERIFY2(r.notes.join(u' ').contains(u"no parameter that sets it"_s), qPrintable(r.notes.join(u' ')));
        // With per_page in the request, it carries the size.
        QVERIFY(SpecDetector::detect(answer(u"https://api.example.com/customers?page=1&per_page=50"_s, 50), &r, &error));
        QCOMPARE(r.paginator.value("size_param"_L1).toString(), u"per_page"_s);
        QCOMPARE(r.paginator.value("page_size"_L1).toInt(), 50);
        // A cursor in the body with limit=25: size_param limit; without limit: no page size at all.
        const QJsonObject meta{{u"meta"_s, QJsonObject{{u"next_cursor"_s, u"abc"_s}}}};
        QVERIFY(SpecDetector::detect(answer(u"https://api.example.com/customers?limit=25"_s, 25, meta), &r, &error));
        QCOMPARE(r.paginator.value("type"_L1).toString(), u"cursor"_s);
        QCOMPARE(r.paginator.value("size_param"_L1).toString(), u"limit"_s);
        QCOMPARE(r.paginator.value("page_size"_L1).toInt(), 25);
        QVERIFY(SpecDetector::detect(answer(u"https://api.example.com/customers"_s, 30, meta), &r, &error));
        QVERIFY(!r.paginator.contains("page_size"_L1) && !r.paginator.contains("size_param"_L1));
        // Offset paging without a limit steps by the records the API sent.
        QVERIFY(SpecDetector::detect(answer(u"https://api.example.com/customers?offset=0"_s, 10), &r, &error));
        QCOMPARE(r.paginator.value("type"_L1).toString(), u"offset"_s);
        QCOMPARE(r.paginator.value("page_size"_L1).toInt(), 10);
        QVERIFY(!r.paginator.contains("limit_param"_L1));
    }

    // The labelled corpus of real descriptions (tests/data/openapi-corpus, see its labels.json):
    // every one with a JSON list GET imports, and the records and pagination are the vendors'.
    void realDescriptionsImportAsTheirVendorsDocument()
    {
        const Test::ImporterScore score = Test::scoreImporter();
        QVERIFY2(score.failures.isEmpty(), qPrintable(score.failures.join(u'\n')));
        QVERIFY(score.withListGet >= 15);
        QCOMPARE(score.imported, score.withListGet);
        QVERIFY(score.labelled >= 70);
        QVERIFY2(score.selectorAccuracy() >= 0.95, qPrintable(score.misses.join(u'\n')));
        QVERIFY2(score.paginatorAccuracy() >= 0.85, qPrintable(score.misses.join(u'\n')));
    }

    // Range filters become partition_by_time (issue 16): Stripe's deepObject created[gte]/created[lt]
    // in epoch seconds, updated_gte/updated_lt date-times preferred over created_after/created_before;
    // a currency pair from/to and an amount range are not times and propose nothing.
    void rangeFiltersProposeTimeWindows()
    {
        SpecImporter::Result r;
        QString error;
        QVERIFY2(SpecImporter::fromOpenApi(fixture(u"range-filters-openapi.json"_s), &r, &error), qPrintable(error));
        verifyValid(r.spec);
        const QJsonObject stripe = streamNamed(r.spec, u"customers"_s).value("partition_by_time"_L1).toObject();
        QCOMPARE(stripe.value("start_param"_L1).toString(), u"created[gte]"_s);
        QCOMPARE(stripe.value("end_param"_L1).toString(), u"created[lt]"_s);
        QCOMPARE(stripe.value("format"_L1).toString(), u"unix_seconds"_s);
        const QJsonObject orders = streamNamed(r.spec, u"orders"_s).value("partition_by_time"_L1).toObject();
        QCOMPARE(orders.value("start_param"_L1).toString(), u"updated_gte"_s);
        QCOMPARE(orders.value("end_param"_L1).toString(), u"updated_lt"_s);
        QCOMPARE(orders.value("format"_L1).toString(), u"iso8601"_s);
        QVERIFY(QDateTime::fromString(orders.value("start"_L1).toString(), Qt::ISODate).isValid());
        QVERIFY(!streamNamed(r.spec, u"rates"_s).contains("partition_by_time"_L1));
        QVERIFY(!streamNamed(r.spec, u"payments"_s).contains("partition_by_time"_L1));
        // The analyst is told what to check: the start, and bounds whose inclusivity is not in the names.
        QVERIFY2(r.notes.filter(u"orders: partition_by_time proposed from updated_gte and updated_lt"_s).size() == 1,
                 qPrintable(r.notes.join(u'\n')));
        QVERIFY(r.notes.filter(u"set its start"_s).size() == 2);
    }

    void postmanNeverCopiesTheToken()
    {
        SpecImporter::Result r;
        QString error;
        QVERIFY2(SpecImporter::fromPostman(fixture(u"ledgerly.postman_collection.json"_s), &r, &error), qPrintable(error));
        verifyValid(r.spec);
        const QByteArray json = QJsonDocument(r.spec).toJson();
        QVERIFY(!json.contains("ldg_live_should_never_be_copied"));
        QCOMPARE(r.spec.value("authenticator"_L1).toObject().value("type"_L1).toString(), u"bearer"_s);
        QVERIFY(r.notes.join(u'\n').contains(u"was not copied"_s));
        QCOMPARE(r.spec.value("streams"_L1).toArray().size(), 2);
        QCOMPARE(streamNamed(r.spec, u"customers"_s).value("paginator"_L1).toObject().value("type"_L1).toString(), u"offset"_s);
        QCOMPARE(streamNamed(r.spec, u"invoices"_s).value("paginator"_L1).toObject().value("type"_L1).toString(), u"page_number"_s);
        // The saved example answer gave the record selector and mappings.
        QVERIFY(!streamNamed(r.spec, u"customers"_s).value("mappings"_L1).toArray().isEmpty());
    }

    void harKeepsApiCallsOnly()
    {
        SpecImporter::Result r;
        QString error;
        QVERIFY2(SpecImporter::fromHar(fixture(u"ledgerly.har"_s), &r, &error), qPrintable(error));
        verifyValid(r.spec);
        QVERIFY(!QJsonDocument(r.spec).toJson().contains("ldg_live_should_never_be_copied"));
        QCOMPARE(r.spec.value("streams"_L1).toArray().size(), 1); // the script is not an API call
        QCOMPARE(r.spec.value("base_url"_L1).toString(), u"https://api.ledgerly.example"_s);
        QCOMPARE(streamNamed(r.spec, u"customers"_s).value("record_selector"_L1).toObject().value("path"_L1).toString(), u"data"_s);
    }

    void curl()
    {
        SpecImporter::Result r;
        QString error;
        const QString command = u"curl -sS 'https://api.ledgerly.example/v1/offset/customers?offset=0&limit=50&region=eu' \\\n"
                                u"  -H 'Authorization: Bearer ldg_live_should_never_be_copied' \\\n"
                                u"  -H \"Accept: application/json\""_s;
        QVERIFY2(SpecImporter::fromCurl(command, &r, &error), qPrintable(error));
        verifyValid(r.spec);
        QVERIFY(!QJsonDocument(r.spec).toJson().contains("ldg_live_should_never_be_copied"));
        QCOMPARE(r.spec.value("authenticator"_L1).toObject().value("secret"_L1).toString(), u"token"_s);
        const QJsonObject stream = streamNamed(r.spec, u"customers"_s);
        QCOMPARE(stream.value("paginator"_L1).toObject().value("type"_L1).toString(), u"offset"_s);
        QCOMPARE(stream.value("request"_L1).toObject().value("params"_L1).toObject().value("region"_L1).toString(), u"eu"_s);
        QVERIFY(r.notes.join(u'\n').contains(u"token"_s));
        // An API key in the URL is not copied either.
        QVERIFY(SpecImporter::fromCurl(u"curl https://api.ledgerly.example/v1/items?api_key=ldg_live_should_never_be_copied"_s, &r, &error));
        QVERIFY(!QJsonDocument(r.spec).toJson().contains("ldg_live_should_never_be_copied"));
        QCOMPARE(r.spec.value("authenticator"_L1).toObject().value("inject_into"_L1).toString(), u"query"_s);
    }

    // A captured exchange (HAR) is read by the OpenAPI importer's rules: the array named for the
    // resource beside an error list, the cursor field of the answer with its size parameter, and
    // the parameter name flagged as assumed when the first page's capture does not show it.
    void harAnswersAreReadLikeSchemas()
    {
        QJsonArray groups;
        for (int i = 0; i < 3; ++i)
            groups.append(QJsonObject{{u"id"_s, u"g%1"_s.arg(i)}, {u"name"_s, u"Group %1"_s.arg(i)}});
        const QJsonObject body{{u"errors"_s, QJsonArray{QJsonObject{{u"code"_s, u"DEPRECATED"_s}, {u"id"_s, u"e1"_s}}}},
                               {u"groups"_s, groups},
                               {u"cursor"_s, u"Q3Vyc29yMg=="_s}};
        const QJsonObject har{
            {u"log"_s,
             QJsonObject{{u"entries"_s,
                          QJsonArray{QJsonObject{{u"request"_s,
                                                  QJsonObject{{u"method"_s, u"GET"_s},
                                                              {u"url"_s, u"https://connect.example.com/v2/customers/groups?limit=50"_s},
                                                              {u"headers"_s, QJsonArray()}}},
                                                 {u"response"_s,
                                                  QJsonObject{{u"status"_s, 200},
                                                              {u"headers"_s, QJsonArray()},
                                                              {u"content"_s,
                                                               QJsonObject{{u"mimeType"_s, u"application/json"_s},
                                                                           {u"text"_s, QString::fromUtf8(QJsonDocument(body).toJson())}}}}}}}}}}};
        SpecImporter::Result r;
        QString error;
        QVERIFY2(SpecImporter::fromHar(QJsonDocument(har).toJson(), &r, &error), qPrintable(error));
        verifyValid(r.spec);
        const QJsonObject stream = r.spec.value("streams"_L1).toArray().first().toObject();
        QCOMPARE(stream.value("record_selector"_L1).toObject().value("path"_L1).toString(), u"groups"_s);
        QCOMPARE(stream.value("paginator"_L1).toObject(),
                 (QJsonObject{{u"type"_s, u"cursor"_s},
                              {u"cursor_param"_s, u"cursor"_s},
                              {u"cursor_path"_s, u"cursor"_s},
                              {u"size_param"_s, u"limit"_s},
                              {u"page_size"_s, 100}}));
        const QJsonObject evidence = r.evidence.value(stream.value("name"_L1).toString()).toObject().value("paginator"_L1).toObject();
        QVERIFY2(evidence.value("reason"_L1).toString().contains(u"`cursor` is assumed"_s), qPrintable(evidence.value("reason"_L1).toString()));
        QVERIFY(evidence.value("confidence"_L1).toDouble() < 0.6);
    }

    // cURL as people paste it: -G with --data-urlencode and -d into the query, --oauth2-bearer and
    // -uuser:pass as authenticators (never copied), a headers file not read, options with values
    // (--connect-timeout 10) never taken for the URL, --header=… and attached short options.
    void curlOptionsAsPasted()
    {
        SpecImporter::Result r;
        QString error;
        QVERIFY2(SpecImporter::fromCurl(
                     u"curl --connect-timeout 10 -G https://api.example.com/v1/customers --data-urlencode 'email=ann smith@example.com' "
                     "-d status=active -H @/home/ann/headers.txt --oauth2-bearer sk_live_51HxAbCdEfGhIjKlMnOpQr --header=Accept:application/json"_s,
                     &r, &error),
                 qPrintable(error));
        verifyValid(r.spec);
        const QByteArray json = QJsonDocument(r.spec).toJson();
        QVERIFY(!json.contains("sk_live_51HxAbCdEfGhIjKlMnOpQr"));
        QCOMPARE(r.spec.value("base_url"_L1).toString(), u"https://api.example.com"_s);
        QCOMPARE(r.spec.value("authenticator"_L1).toObject().value("type"_L1).toString(), u"bearer"_s);
        const QJsonObject stream = r.spec.value("streams"_L1).toArray().first().toObject();
        QCOMPARE(stream.value("path"_L1).toString(), u"/v1/customers"_s);
        QVERIFY(!stream.contains("method"_L1)); // -G: still a GET
        const QJsonObject params = stream.value("request"_L1).toObject().value("params"_L1).toObject();
        QCOMPARE(params.value("email"_L1).toString(), u"ann smith@example.com"_s);
        QCOMPARE(params.value("status"_L1).toString(), u"active"_s);
        QVERIFY2(r.notes.join(u'\n').contains(u"/home/ann/headers.txt were not read"_s), qPrintable(r.notes.join(u'\n')));

        QVERIFY2(SpecImporter::fromCurl(u"curl -uann:S3cretPassw0rd -XGET api.example.com/v2/invoices"_s, &r, &error), qPrintable(error));
        QCOMPARE(r.spec.value("authenticator"_L1).toObject().value("type"_L1).toString(), u"basic"_s);
        QVERIFY(!QJsonDocument(r.spec).toJson().contains("S3cretPassw0rd"));
        QCOMPARE(r.spec.value("base_url"_L1).toString(), u"https://api.example.com"_s);
        // Data without -G make a POST.
        QVERIFY(SpecImporter::fromCurl(u"curl https://api.example.com/v1/search --data-urlencode 'q=a&b'"_s, &r, &error));
        QCOMPARE(r.spec.value("streams"_L1).toArray().first().toObject().value("method"_L1).toString(), u"POST"_s);
    }

    // Credentials in a URL are recognised by name and by the shape of the value, never copied, and named.
    void secretQueryParametersAreNeverCopied()
    {
        SpecImporter::Result r;
        QString error;
        const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"_s;
        const QString command
            = u"curl \"https://api.example.com/v1/customers?hapikey=SECRETSECRET1&api_token=tok_8f2K1mZq9&client_secret=cs_l1ve_77"
              "&access_key=AK123&sig=abc123&q=%1&filter=sk_live_51HxYz0123456789abcdefgh&account=2f1e8c9a-3b4d-4e5f-8a7b-1c2d3e4f5a6b"
              "&page_token=p2&status=active\""_s.arg(jwt);
        QVERIFY2(SpecImporter::fromCurl(command, &r, &error), qPrintable(error));
        verifyValid(r.spec);
        const QByteArray text = QJsonDocument(r.spec).toJson();
        for (const char *secret : {"SECRETSECRET1", "tok_8f2K1mZq9", "cs_l1ve_77", "AK123", "abc123", "sk_live_51HxYz", "eyJhbGci"})
            QVERIFY2(!text.contains(secret), secret);
        const QJsonObject auth = r.spec.value("authenticator"_L1).toObject();
        QCOMPARE(auth.value("inject_into"_L1).toString(), u"query"_s);
        QCOMPARE(auth.value("name"_L1).toString(), u"hapikey"_s);
        const QString notes = r.notes.join(u'\n');
        for (const QString &name : {u"hapikey"_s, u"api_token"_s, u"client_secret"_s, u"access_key"_s, u"sig"_s, u"q"_s, u"filter"_s})
            QVERIFY2(notes.contains(u"query parameter %1 was not copied"_s.arg(name)), qPrintable(notes));
        QVERIFY2(notes.contains(u"its value looks like a credential"_s), qPrintable(notes));
        // Identifiers and ordinary values stay.
        const QJsonObject params = streamNamed(r.spec, u"customers"_s).value("request"_L1).toObject().value("params"_L1).toObject();
        QCOMPARE(params.value("status"_L1).toString(), u"active"_s);
        QCOMPARE(params.value("account"_L1).toString(), u"2f1e8c9a-3b4d-4e5f-8a7b-1c2d3e4f5a6b"_s);
        QVERIFY(!Redactor::isCredentialName(u"page_token"_s));
        QVERIFY(!Redactor::isCredentialName(u"author"_s));
        QVERIFY(Redactor::isCredentialName(u"X-Api-Key"_s));
        QVERIFY(Redactor::looksLikeSecretValue(u"xoxb-1234567890-abcdefghij"_s));
        QVERIFY(!Redactor::looksLikeSecretValue(u"2024-01-01T00:00:00Z"_s));
    }

    void malformedInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("openapi not json") << u"openapi"_s << QByteArray("{\"openapi\": ") << u"not valid JSON"_s;
        QTest::newRow("openapi bad yaml") << u"openapi"_s << QByteArray("openapi: 3.1.0\ninfo: [unclosed") << u"not valid YAML"_s;
        QTest::newRow("swagger 2 without host") << u"openapi"_s << QByteArray("{\"swagger\": \"2.0\", \"info\": {\"title\": \"X\"}}")
                                                << u"host: required"_s;
        QTest::newRow("not openapi") << u"openapi"_s << QByteArray("{\"asyncapi\": \"2.0\"}") << u"not an OpenAPI 3.x or Swagger 2.0"_s;
        QTest::newRow("relative server") << u"openapi"_s
                                         << QByteArray("{\"openapi\": \"3.0.0\", \"info\": {\"title\": \"X\"}, \"servers\": [{\"url\": \"/v1\"}]}")
                                         << u"\"/v1\" is relative"_s;
        QTest::newRow("no title") << u"openapi"_s << QByteArray("{\"openapi\": \"3.0.0\", \"info\": {}}") << u"info.title"_s;
        QTest::newRow("no server") << u"openapi"_s << QByteArray("{\"openapi\": \"3.0.0\", \"info\": {\"title\": \"X\"}}")
                                   << u"servers: none is given"_s;
        QTest::newRow("no list")
            << u"openapi"_s
            << QByteArray("{\"openapi\": \"3.0.0\", \"info\": {\"title\": \"X\"}, \"servers\": [{\"url\": \"https://x.example\"}], \"paths\": {}}")
            << u"no GET operation"_s;
        QTest::newRow("deep yaml") << u"openapi"_s << QByteArray(QByteArray("a: ").repeated(1) + QByteArray("[").repeated(200))
                                   << u"not valid YAML"_s;
        QTest::newRow("postman v1") << u"postman"_s << QByteArray("{\"info\": {\"schema\": \"v1\"}}") << u"v2.1"_s;
        QTest::newRow("har without entries") << u"har"_s << QByteArray("{\"log\": {}}") << u"log.entries"_s;
        QTest::newRow("curl unbalanced") << u"curl"_s << QByteArray("curl 'https://x.example") << u"unbalanced"_s;
        QTest::newRow("curl not curl") << u"curl"_s << QByteArray("wget https://x.example") << u"not a cURL"_s;
        QTest::newRow("curl no url") << u"curl"_s << QByteArray("curl -H 'A: b'") << u"no http(s) URL"_s;
        QTest::newRow("curl ftp") << u"curl"_s << QByteArray("curl ftp://x.example/a") << u"no http(s) URL"_s;
    }
    void malformedInput()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        SpecImporter::Result r;
        QString message;
        bool ok = true;
        if (kind == "openapi"_L1)
            ok = SpecImporter::fromOpenApi(input, &r, &message);
        else if (kind == "postman"_L1)
            ok = SpecImporter::fromPostman(input, &r, &message);
        else if (kind == "har"_L1)
            ok = SpecImporter::fromHar(input, &r, &message);
        else
            ok = SpecImporter::fromCurl(QString::fromUtf8(input), &r, &message);
        QVERIFY(!ok);
        QVERIFY2(message.contains(error), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TstSpecImporter)
#include "tst_specimporter.moc"
