#pragma once

#include "adapters/stripe/stripeconnector.h"
#include "runtime/phonenumbers.h"

#include <QDateTime>

namespace Orion::StripeDetail {

// A Stripe customer object mapped to the unified record, for either reading of the answer: Qt's
// parsed QJsonObject (events, webhooks, tests) or the page parser of the list reader
// (stripepage.cpp). `Fields` gives string(key) (empty unless a string), child(key) (an object's
// Fields; empty when not an object) and unixTime(key) (invalid unless a number). The raw copy is
// the caller's.
template<typename Fields> bool mapCustomerFields(const Fields &object, const QString &defaultRegion, UnifiedCustomer *customer, QString *error)
{
    using namespace Qt::StringLiterals;
    UnifiedCustomer c;
    c.source = u"stripe"_s;
    c.externalId = object.string("id"_L1);
    if (c.externalId.isEmpty() || object.string("object"_L1) != "customer"_L1) {
        *error = StripeConnector::tr("not a Stripe customer object");
        return false;
    }
    c.fullName = object.string("name"_L1).simplified();
    std::tie(c.firstName, c.lastName) = splitFullName(c.fullName);
    c.email = object.string("email"_L1).trimmed();
    const Fields address = object.child("address"_L1);
    c.address.line1 = address.string("line1"_L1);
    c.address.line2 = address.string("line2"_L1);
    c.address.city = address.string("city"_L1);
    c.address.region = address.string("state"_L1);
    c.address.postalCode = address.string("postal_code"_L1);
    c.address.country = normalizeCountry(address.string("country"_L1));
    c.phone = normalizePhone(object.string("phone"_L1), c.address.country.isEmpty() ? defaultRegion : c.address.country);
    c.company = object.child("metadata"_L1).string("company"_L1);
    c.createdAt = object.unixTime("created"_L1);
    c.updatedAt = c.createdAt; // Stripe customers carry no modification time
    *customer = std::move(c);
    return true;
}

// One page of GET /v1/customers as the list reader needs it.
struct CustomerList
{
    UnifiedCustomers customers; // mapped, raw copies (compact JSON) included
    QStringList skipped;        // "cus_…: why" for records that could not be mapped
    qint64 records = 0;         // elements in `data`
    qint64 maxCreated = -1;
    bool hasMore = false;
    QString lastId; // the last element's id (the next page's starting_after)
};
enum class ListRead { Read, NotAList, Unparsed };
// Parses a list page with simdjson. Unparsed (nothing filled) when simdjson cannot read the text
// (malformed, or a number beyond 64 bits that Qt's parser takes as a double): the caller then
// parses it with Qt, whose verdict stands. NotAList for a JSON object without "object": "list"
// and a "data" array.
ListRead readCustomerList(const QByteArray &body, const QString &defaultRegion, CustomerList *list);

} // namespace Orion::StripeDetail
