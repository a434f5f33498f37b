// Every pagination style the built-in APIs use, driven through a page loop against synthetic
// answers shaped like each vendor's documented responses (api-contracts.md §1.2, §2.3, §3.4, §4.2, §5.1).
#include "adapters/stripe/stripecustomer.h"
#include "runtime/jsonslices.h"
#include "runtime/pagination.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {

QJsonArray ids(int from, int count)
{
    QJsonArray a;
    for (int i = from; i < from + count; ++i)
        a.append(QJsonObject{{u"id"_s, u"r%1"_s.arg(i)}});
    return a;
}

// Runs the loop an adapter runs: request, read items, advance, until done (or a safety limit).
QStringList collect(const PaginationSpec &spec, const QUrl &first, const std::function<QJsonObject(const QUrl &, const PageCursor &)> &server,
                    int *requests)
{
    QStringList seen;
    PageCursor cursor;
    *requests = 0;
    while (!cursor.done && *requests < 100) {
        const QUrl url = Paginator::apply(spec, cursor, first);
        const QJsonObject body = server(url, cursor);
        ++*requests;
        for (const QJsonValue &item : Paginator::items(spec, body))
            seen << item.toObject().value("id"_L1).toString();
        cursor = Paginator::next(spec, cursor, body, url);
    }
    return seen;
}

QStringList expected(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << u"r%1"_s.arg(i);
    return list;
}

} // namespace

class TstPagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A page's records as their own compact texts, for raw copies: each parses to exactly the element
    // the JSON parser saw; anything that is not an object with that array gives nothing (the caller
    // then serialises).
    void arrayElementsAsCompactTexts()
    {
        const QByteArray body = "{\n  \"object\": \"list\",\n  \"url\": \"/v1/customers\",\n  \"has_more\": true,\n  \"data\": [\n"
                                "    {\n      \"id\": \"cus_1\", \"name\": \"Zo\xc3\xab \\\"Z\\\" \xc3\x85ngstr\xc3\xb6m\", "
                                "\"note\": \"a ] and a } and a , in text\",\n"
                                "      \"address\": { \"city\": \"K\xc3\xb6ln\", \"lines\": [ \"1\", \"2\" ] }, \"balance\": -1.5e3, "
                                "\"tags\": [], \"meta\": {},\n"
                                "      \"escaped\": \"\\u00e9\\\\\", \"flag\": true, \"none\": null\n    },\n"
                                "    { \"id\": \"cus_2\" } ,[1, 2],\"text\",  42\n  ],\n  \"trailer\": {\"data\": \"not this one\"}\n}";
        const QList<QByteArray> texts = compactArrayElements(body, "data");
        const QJsonArray data = QJsonDocument::fromJson(body).object().value(QLatin1StringView("data")).toArray();
        QCOMPARE(texts.size(), data.size());
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QVERIFY2(!texts.at(i).contains("\n") && !texts.at(i).contains(": "), texts.at(i).constData());
            QCOMPARE(QJsonDocument::fromJson("[" + texts.at(i) + "]").array().at(0), data.at(i));
        }
        QVERIFY(texts.at(0).startsWith(
            "{\"id\":\"cus_1\",\"name\":\"Zo\xc3\xab \\\"Z\\\" \xc3\x85ngstr\xc3\xb6m\",\"note\":\"a ] and a } and a , in text\","));
        QCOMPARE(texts.at(4), QByteArray("42"));

        QCOMPARE(compactArrayElements("{\"data\": []}", "data"), QList<QByteArray>());
        for (const QByteArray &bad : {QByteArray("[{\"data\": [1]}]"), QByteArray("{\"data\": [1, 2}"), QByteArray("{\"data\": [1]} x"),
                                      QByteArray("{\"other\": [1]}"), QByteArray("{\"data\": [1], \"data\": [2]}"),
                                      QByteArray("{\"data\": \"text\"}"), QByteArray("{\"data\": [\"unterminated]}"), QByteArray()})
            QVERIFY2(compactArrayElements(bad, "data").isEmpty(), bad.constData());
    }

    // Stripe's customer pages are read by simdjson in one pass; every record must come out exactly
    // as Qt's parser and StripeConnector::mapCustomer make it (fields, skips, the raw copy, the
    // cursor), and what simdjson cannot read is left to Qt.
    void stripeCustomerPagesReadAsQtReadsThem()
    {
        const QByteArray page
            = "{\"object\": \"list\", \"url\": \"/v1/customers\", \"has_more\": true, \"data\": [\n"
              " {\"id\": \"cus_1\", \"object\": \"customer\", \"name\": \"  Zo\xc3\xab   \\\"Z\\\" \xc3\x85ngstr\xc3\xb6m \", "
              "\"email\": \" zoe@example.com \", \"phone\": \"+1 415-555-0100\", \"created\": 1700000000, "
              "\"address\": {\"line1\": \"1 Market St\", \"line2\": null, \"city\": \"San Francisco\", \"state\": \"CA\", "
              "\"postal_code\": \"94103\", \"country\": \"US\"}, \"metadata\": {\"company\": \"Acme \\u00e9\\\\\"}, \"balance\": -1.5e3},\n"
              " {\"id\": \"cus_2\", \"object\": \"customer\", \"name\": \"\\u5c71\\u7530 \\ud83d\\ude00\", \"phone\": \"030 1234567\", "
              "\"created\": 1.7e9, \"address\": {\"country\": \"Germany\"}, \"metadata\": {\"company\": 42}},\n"
              " {\"id\": \"cus_3\", \"object\": \"customer\", \"name\": null, \"email\": 7, \"phone\": \"call reception\", "
              "\"created\": 1.5, \"address\": \"not an object\", \"metadata\": null},\n"
              " {\"id\": \"cus_4\", \"object\": \"customer\", \"name\": \"Ada\\u0000Lovelace\", \"created\": \"1700000000\"},\n"
              " {\"id\": \"card_5\", \"object\": \"card\", \"created\": 1800000000},\n"
              " {\"object\": \"customer\"},\n"
              " [1, 2],\n"
              " {\"id\": \"cus_8\", \"object\": \"customer\", \"email\": \"last@example.com\", \"created\": 1600000000}\n"
              "]}";
        StripeDetail::CustomerList list;
        QCOMPARE(StripeDetail::readCustomerList(page, u"GB"_s, &list), StripeDetail::ListRead::Read);

        const QJsonObject parsed = QJsonDocument::fromJson(page).object();
        const QJsonArray data = parsed.value("data"_L1).toArray();
        UnifiedCustomers expected;
        QStringList skipped;
        qint64 maxCreated = -1;
        for (const QJsonValue &value : data) {
            maxCreated = std::max(maxCreated, value.toObject().value("created"_L1).toInteger(-1));
            UnifiedCustomer c;
            QString error;
            if (StripeConnector::mapCustomer(value.toObject(), u"GB"_s, &c, &error))
                expected << c;
            else
                skipped << value.toObject().value("id"_L1).toString() + u": "_s + error;
        }
        QCOMPARE(list.records, data.size());
        QCOMPARE(list.skipped, skipped);
        QCOMPARE(list.customers.size(), expected.size());
        QCOMPARE(list.customers.size(), 5);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            UnifiedCustomer fast = list.customers.at(i);
            UnifiedCustomer qt = expected.at(i);
            QCOMPARE(fast.rawObject(), qt.raw); // the raw copy parses to the element as sent
            if (!fast.rawText.isEmpty()) {
                QVERIFY2(!fast.rawText.contains('\n') && !fast.rawText.contains(": "), fast.rawText.constData());
                QVERIFY(fast.raw.isEmpty());
            }
            fast.raw = qt.raw = {};
            fast.rawText = qt.rawText = {};
            QCOMPARE(fast.toJson(), qt.toJson());
            QVERIFY(fast == qt);
        }
        QCOMPARE(list.customers.at(0).fullName, u"Zo\u00eb \"Z\" \u00c5ngstr\u00f6m"_s);
        QCOMPARE(list.customers.at(0).phone, u"+14155550100"_s);
        QCOMPARE(list.customers.at(1).fullName, u"\u5c71\u7530 \U0001F600"_s);
        QCOMPARE(list.customers.at(1).address.country, u"DE"_s);
        QCOMPARE(list.customers.at(1).phone, u"+49301234567"_s);
        QCOMPARE(list.customers.at(1).createdAt, QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::UTC));
        QCOMPARE(list.customers.at(2).createdAt, QDateTime::fromSecsSinceEpoch(0, QTimeZone::UTC)); // 1.5: as toInteger()
        QVERIFY(!list.customers.at(3).createdAt.isValid());
        // U+0000 in the text: the raw copy is the parsed object, which the store cleans.
        QVERIFY(list.customers.at(3).rawText.isEmpty());
        QCOMPARE(list.customers.at(3).raw.value("name"_L1).toString(), u"Ada\u0000Lovelace"_s);
        QCOMPARE(list.maxCreated, maxCreated);
        QCOMPARE(list.maxCreated, qint64(1800000000));
        QVERIFY(list.hasMore);
        QCOMPARE(list.lastId, u"cus_8"_s);
        const PageCursor next = Paginator::nextHasMore({}, list.hasMore, list.lastId);
        QCOMPARE(next,
                 Paginator::next({PaginationSpec::Style::HasMore, 100, u"data"_s, u"starting_after"_s, u"limit"_s, u"id"_s}, {}, parsed, QUrl()));

        // What simdjson cannot read goes to Qt (whose verdict stands); a JSON object that is not a
        // list is refused as such; nothing is filled in either case.
        for (const QByteArray &unread : {QByteArray("{\"object\": \"list\", \"data\": [{\"id\": \"cus_1\", \"n\": 123456789012345678901234567890}]}"),
                                         QByteArray("{\"object\": \"list\", \"data\": [}"),
                                         QByteArray("{\"object\": \"list\", \"data\": [\"\xff\"]}"), QByteArray("[1]"), QByteArray()}) {
            StripeDetail::CustomerList none;
            QCOMPARE(StripeDetail::readCustomerList(unread, u"GB"_s, &none), StripeDetail::ListRead::Unparsed);
            QCOMPARE(none.records, 0);
        }
        for (const QByteArray &notAList : {QByteArray("{\"object\": \"list\"}"), QByteArray("{\"object\": \"customer\", \"data\": []}"),
                                           QByteArray("{\"object\": \"list\", \"data\": {}}")}) {
            StripeDetail::CustomerList none;
            QCOMPARE(StripeDetail::readCustomerList(notAList, u"GB"_s, &none), StripeDetail::ListRead::NotAList);
        }
        StripeDetail::CustomerList last;
        QCOMPARE(StripeDetail::readCustomerList("{\"object\": \"list\", \"has_more\": false, \"data\": []}", u"GB"_s, &last),
                 StripeDetail::ListRead::Read);
        QVERIFY(!last.hasMore);
        QVERIFY(Paginator::nextHasMore({}, last.hasMore, last.lastId).done);
    }

    void stripeHasMore()
    {
        const PaginationSpec spec{PaginationSpec::Style::HasMore, 10, u"data"_s, u"starting_after"_s, u"limit"_s, u"id"_s};
        QStringList afters;
        int requests = 0;
        const QStringList seen = collect(
            spec, QUrl(u"https://api.test/v1/customers?created%5Bgte%5D=5"_s),
            [&](const QUrl &url, const PageCursor &) {
                const QUrlQuery q(url);
                afters << q.queryItemValue(u"starting_after"_s);
                [&] { QCOMPARE(q.queryItemValue(u"limit"_s), u"10"_s); }();
                const int from = afters.last().isEmpty() ? 0 : afters.last().mid(1).toInt() + 1;
                const int count = std::min(10, 25 - from);
                return QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, ids(from, count)}, {u"has_more"_s, from + count < 25}};
            },
            &requests);
        QCOMPARE(seen, expected(25));
        QCOMPARE(requests, 3);
        QCOMPARE(afters, (QStringList{QString(), u"r9"_s, u"r19"_s}));
    }

    void stripeHasMoreWithAnEmptyPageStops()
    {
        const PaginationSpec spec{PaginationSpec::Style::HasMore, 10, u"data"_s, u"starting_after"_s, u"limit"_s, u"id"_s};
        const PageCursor next = Paginator::next(spec, {}, QJsonObject{{u"data"_s, QJsonArray()}, {u"has_more"_s, true}}, {});
        QVERIFY(next.done); // never loop on a contradictory answer
    }

    void hubspotAfterToken()
    {
        const PaginationSpec spec{PaginationSpec::Style::AfterToken, 100, u"results"_s, u"after"_s, u"limit"_s, u"id"_s};
        int requests = 0;
        const QStringList seen = collect(
            spec, QUrl(u"https://api.test/crm/v3/objects/contacts?properties=email"_s),
            [&](const QUrl &url, const PageCursor &) {
                const QString after = QUrlQuery(url).queryItemValue(u"after"_s, QUrl::FullyDecoded);
                const int from = after.isEmpty() ? 0 : QByteArray::fromBase64(after.toLatin1()).toInt();
                const int count = std::min(100, 230 - from);
                QJsonObject body{{u"results"_s, ids(from, count)}};
                if (from + count < 230) { // `paging` is absent on the last page
                    const QString next = QString::fromLatin1(QByteArray::number(from + count).toBase64());
                    body.insert(u"paging"_s, QJsonObject{{u"next"_s, QJsonObject{{u"after"_s, next}}}});
                }
                return body;
            },
            &requests);
        QCOMPARE(seen, expected(230));
        QCOMPARE(requests, 3);
    }

    void salesforceNextUrlToleratesShortPages()
    {
        const PaginationSpec spec{PaginationSpec::Style::NextUrl, 2000, u"records"_s, {}, {}, u"Id"_s};
        QList<QUrl> urls;
        int requests = 0;
        // Pages of 7, 3 and 5 records although 2,000 were asked for; totalSize stays 15.
        const int sizes[] = {7, 3, 5};
        const QStringList seen = collect(
            spec, QUrl(u"https://my.salesforce.test/services/data/v60.0/query?q=SELECT+Id+FROM+Account"_s),
            [&](const QUrl &url, const PageCursor &) {
                urls << url;
                const int page = int(urls.size()) - 1;
                int from = 0;
                for (int i = 0; i < page; ++i)
                    from += sizes[i];
                QJsonArray records;
                for (int i = from; i < from + sizes[page]; ++i)
                    records.append(QJsonObject{{u"Id"_s, u"r%1"_s.arg(i)}, {u"id"_s, u"r%1"_s.arg(i)}});
                QJsonObject body{{u"totalSize"_s, 15}, {u"done"_s, page == 2}, {u"records"_s, records}};
                if (page < 2)
                    body.insert(u"nextRecordsUrl"_s, u"/services/data/v60.0/query/01gD0000002HU6KIAW-%1"_s.arg((page + 1) * 2000));
                return body;
            },
            &requests);
        QCOMPARE(seen, expected(15));
        QCOMPARE(requests, 3);
        QCOMPARE(urls.at(1), QUrl(u"https://my.salesforce.test/services/data/v60.0/query/01gD0000002HU6KIAW-2000"_s));
    }

    void quickBooksStartPosition()
    {
        const PaginationSpec spec{PaginationSpec::Style::StartPosition, 1000, u"QueryResponse.Customer"_s, {}, {}, u"Id"_s};
        QList<qint64> positions;
        int requests = 0;
        const QStringList seen = collect(
            spec, QUrl(u"https://qbo.test/v3/company/1/query"_s),
            [&](const QUrl &, const PageCursor &cursor) {
                positions << cursor.position; // 1-based STARTPOSITION in the SQL text
                const int from = int(cursor.position) - 1;
                const int count = std::min(1000, 2500 - from);
                QJsonArray customers;
                for (int i = from; i < from + count; ++i)
                    customers.append(QJsonObject{{u"Id"_s, u"r%1"_s.arg(i)}, {u"id"_s, u"r%1"_s.arg(i)}});
                return QJsonObject{
                    {u"QueryResponse"_s, QJsonObject{{u"Customer"_s, customers}, {u"startPosition"_s, cursor.position}, {u"maxResults"_s, count}}}};
            },
            &requests);
        QCOMPARE(seen, expected(2500));
        QCOMPARE(positions, (QList<qint64>{1, 1001, 2001}));
    }

    void quickBooksEmptyAnswerHasNoEntityKey()
    {
        const PaginationSpec spec{PaginationSpec::Style::StartPosition, 1000, u"QueryResponse.Customer"_s, {}, {}, u"Id"_s};
        // Exactly 1,000 records: the next page is the documented empty answer, `"QueryResponse": {}`.
        PageCursor cursor;
        cursor.position = 1001;
        const QJsonObject empty = QJsonDocument::fromJson(R"({"QueryResponse":{},"time":"2026-11-25T10:00:00.000-08:00"})").object();
        QCOMPARE(Paginator::items(spec, empty).size(), 0);
        const PageCursor next = Paginator::next(spec, cursor, empty, {});
        QVERIFY(next.done);
        QCOMPARE(next.position, qint64(1001));
    }

    void slackCursorString()
    {
        const PaginationSpec spec{PaginationSpec::Style::CursorString, 200, u"members"_s, u"cursor"_s, u"limit"_s, u"id"_s};
        int requests = 0;
        // A short page with a non-empty cursor is not the end; only an empty next_cursor is.
        const QStringList seen = collect(
            spec, QUrl(u"https://slack.test/api/users.list"_s),
            [&](const QUrl &url, const PageCursor &) {
                const QString cursor = QUrlQuery(url).queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
                if (cursor.isEmpty())
                    return QJsonObject{{u"ok"_s, true},
                                       {u"members"_s, ids(0, 3)},
                                       {u"response_metadata"_s, QJsonObject{{u"next_cursor"_s, u"dXNlcjpVMEc5V0ZYTlo="_s}}}};
                if (cursor == "dXNlcjpVMEc5V0ZYTlo="_L1)
                    return QJsonObject{
                        {u"ok"_s, true}, {u"members"_s, ids(3, 200)}, {u"response_metadata"_s, QJsonObject{{u"next_cursor"_s, u"c2"_s}}}};
                return QJsonObject{
                    {u"ok"_s, true}, {u"members"_s, ids(203, 1)}, {u"response_metadata"_s, QJsonObject{{u"next_cursor"_s, QString()}}}};
            },
            &requests);
        QCOMPARE(seen, expected(204));
        QCOMPARE(requests, 3);
    }

    void cursorsSurviveACheckpoint()
    {
        PageCursor c;
        c.token = u"abc"_s;
        c.nextUrl = QUrl(u"https://x.test/next"_s);
        c.position = 2001;
        QCOMPARE(PageCursor::fromJson(c.toJson()), c);
        QCOMPARE(PageCursor::fromJson({}), PageCursor());
    }
};

QTEST_GUILESS_MAIN(TstPagination)
#include "tst_pagination.moc"
