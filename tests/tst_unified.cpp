// The unified schema's JSON and the normalisers adapters share (phone, country, names).
#include "common/enumnames.h"
#include "mapping/mapping.h"
#include "runtime/phonenumbers.h"
#include "sync/schedule.h"
#include "sync/syncrun.h"
#include "unified/unifiedinvoice.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstUnified : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customerRoundTrip()
    {
        UnifiedCustomer c;
        c.connectionId = 7;
        c.source = u"stripe"_s;
        c.externalId = u"cus_1"_s;
        c.firstName = u"Zoë"_s;
        c.lastName = u"O'Brien"_s;
        c.fullName = u"Zoë O'Brien"_s;
        c.email = u"zoe@example.com"_s;
        c.phone = u"+14155550100"_s;
        c.address = {u"1 Main"_s, {}, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
        c.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), QTimeZone::UTC);
        c.updatedAt = c.createdAt.addDays(1);
        c.raw = QJsonObject{{u"id"_s, u"cus_1"_s}};
        const QJsonObject json = c.toJson();
        QCOMPARE(json.value("created_at"_L1).toString(), u"2026-01-02T03:04:05.678Z"_s);
        QCOMPARE(json.value("address"_L1).toObject().value("line2"_L1).type(), QJsonValue::Null);
        QCOMPARE(json.value("company"_L1).type(), QJsonValue::Null);
        UnifiedCustomer back;
        QString error;
        QVERIFY2(UnifiedCustomer::fromJson(json, &back, &error), qPrintable(error));
        QCOMPARE(back, c);
    }

    void customerRejectsMalformedFields_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("no id") << QJsonObject{{u"email"_s, u"a@b"_s}} << u"external_id is required"_s;
        QTest::newRow("email number") << QJsonObject{{u"external_id"_s, u"1"_s}, {u"email"_s, 5}} << u"email must be a string"_s;
        QTest::newRow("bad date") << QJsonObject{{u"external_id"_s, u"1"_s}, {u"created_at"_s, u"yesterday"_s}}
                                  << u"created_at must be an ISO 8601 date and time"_s;
        QTest::newRow("country") << QJsonObject{{u"external_id"_s, u"1"_s}, {u"address"_s, QJsonObject{{u"country"_s, u"USA"_s}}}}
                                 << u"address.country must be an ISO 3166 alpha-2 code"_s;
    }
    void customerRejectsMalformedFields()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, error);
        UnifiedCustomer c;
        QString actual;
        QVERIFY(!UnifiedCustomer::fromJson(json, &c, &actual));
        QCOMPARE(actual, error);
    }

    void invoiceRoundTripKeepsMinorUnits()
    {
        UnifiedInvoice inv;
        inv.source = u"stripe"_s;
        inv.externalId = u"in_1"_s;
        inv.number = u"INV-1"_s;
        inv.customerExternalId = u"cus_1"_s;
        inv.currency = u"EUR"_s;
        inv.subtotal = 9'007'199'254'740'000; // beyond float precision of cents-as-double arithmetic
        inv.tax = 1;
        inv.total = 9'007'199'254'740'001;
        inv.amountDue = 0;
        inv.status = UnifiedInvoice::Status::Uncollectible;
        inv.issuedAt = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::UTC);
        inv.lineItems = {{u"Seat"_s, 3, 1999, 5997}};
        const QJsonObject json = inv.toJson();
        QCOMPARE(json.value("status"_L1).toString(), u"uncollectible"_s);
        QCOMPARE(json.value("due_at"_L1).type(), QJsonValue::Null);
        UnifiedInvoice back;
        QString error;
        QVERIFY2(UnifiedInvoice::fromJson(json, &back, &error), qPrintable(error));
        QCOMPARE(back, inv);
    }

    void invoiceRejectsFloatsAndBadCodes_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("error");
        QTest::newRow("float total") << QJsonObject{{u"total"_s, 12.5}} << u"total must be a whole number of minor units"_s;
        QTest::newRow("string tax") << QJsonObject{{u"tax"_s, u"12"_s}} << u"tax must be a whole number of minor units"_s;
        QTest::newRow("currency") << QJsonObject{{u"currency"_s, u"eur"_s}} << u"currency must be an upper-case ISO 4217 code"_s;
        QTest::newRow("status") << QJsonObject{{u"status"_s, u"refunded"_s}} << u"status must be one of draft, open, paid, void, uncollectible"_s;
        QTest::newRow("line") << QJsonObject{{u"line_items"_s, QJsonArray{QJsonObject{{u"amount"_s, 1.25}}}}}
                              << u"line_items[0]: amount must be a whole number of minor units"_s;
    }
    void invoiceRejectsFloatsAndBadCodes()
    {
        QFETCH(QJsonObject, patch);
        QFETCH(QString, error);
        QJsonObject json{{u"external_id"_s, u"in_1"_s}, {u"currency"_s, u"USD"_s}, {u"status"_s, u"open"_s}, {u"total"_s, 100}};
        for (auto it = patch.begin(); it != patch.end(); ++it)
            json.insert(it.key(), it.value());
        UnifiedInvoice inv;
        QString actual;
        QVERIFY(!UnifiedInvoice::fromJson(json, &inv, &actual));
        QCOMPARE(actual, error);
    }

    void phoneNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("us formatted") << u"+1 415-555-2671"_s << u"US"_s << u"+14155552671"_s;
        QTest::newRow("us national") << u"(212) 555-0147"_s << u"US"_s << u"+12125550147"_s;
        QTest::newRow("german national") << u"030 1234567"_s << u"DE"_s << u"+49301234567"_s;
        QTest::newRow("uk international") << u"+44 20 7946 0958"_s << u"US"_s << u"+442079460958"_s;
        QTest::newRow("not a number kept") << u"call reception, ext. 12"_s << u"US"_s << u"call reception, ext. 12"_s;
        QTest::newRow("too short kept") << u" 12345 "_s << u"US"_s << u"12345"_s;
        QTest::newRow("empty") << QString() << u"US"_s << QString();
    }
    void phoneNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        QCOMPARE(normalizePhone(text, region), expected);
    }

    // Enum names come from the enums' meta data: the enumerator in snake case, both ways, for every
    // value; what is not a name is refused. They are what the workspace stores, so they must not move.
    void enumNamesFollowTheEnumerators()
    {
        QCOMPARE(snakeCaseName("EveryRun"), u"every_run"_s);
        QCOMPARE(enumName(SyncRun::Status::Succeeded), u"succeeded"_s);
        QCOMPARE(SyncRun::statusName(SyncRun::Status::Cancelled), u"cancelled"_s);
        QCOMPARE(StoredMapping::statusName(StoredMapping::Status::Approved), u"approved"_s);
        QCOMPARE(UnifiedInvoice::statusName(UnifiedInvoice::Status::Uncollectible), u"uncollectible"_s);
        QCOMPARE(Schedule::kindName(Schedule::Kind::Interval), u"interval"_s);
        const QMetaEnum meta = QMetaEnum::fromType<SyncRun::Status>();
        QCOMPARE(meta.keyCount(), 4);
        for (int i = 0; i < meta.keyCount(); ++i) {
            const auto value = SyncRun::Status(meta.value(i));
            SyncRun::Status back{};
            QVERIFY(SyncRun::statusFromName(SyncRun::statusName(value), &back));
            QCOMPARE(back, value);
        }
        SyncRun::Status untouched = SyncRun::Status::Partial;
        QVERIFY(!SyncRun::statusFromName(u"Succeeded"_s, &untouched)); // the stored names are lower case
        QVERIFY(!SyncRun::statusFromName(QString(), &untouched));
        QCOMPARE(untouched, SyncRun::Status::Partial);
        QCOMPARE(Schedule::kindFromName(u"cron"_s), std::optional(Schedule::Kind::Cron));
        QCOMPARE(Schedule::kindFromName(u"hourly"_s), std::nullopt);
    }

    void countriesAndNames()
    {
        QCOMPARE(normalizeCountry(u"Germany"_s), u"DE"_s);
        QCOMPARE(normalizeCountry(u"united states"_s), u"US"_s);
        QCOMPARE(normalizeCountry(u"fr"_s), u"FR"_s);
        QCOMPARE(normalizeCountry(u"UK"_s), u"GB"_s);
        QCOMPARE(normalizeCountry(u"Atlantis"_s), QString());
        QCOMPARE(splitFullName(u"Jean  Paul Sartre"_s), std::make_pair(u"Jean Paul"_s, u"Sartre"_s));
        QCOMPARE(splitFullName(u"Cher"_s), std::make_pair(u"Cher"_s, QString()));
    }
};

QTEST_GUILESS_MAIN(TstUnified)
#include "tst_unified.moc"
