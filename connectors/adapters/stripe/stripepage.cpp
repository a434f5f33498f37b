#include "adapters/stripe/stripecustomer.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <simdjson.h>

#include <cmath>
#include <optional>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Orion::StripeDetail {

namespace {

// mapCustomerFields' view of a simdjson object (absent when the value was not an object).
class DomFields
{
public:
    DomFields() = default;
    explicit DomFields(simdjson::dom::object object)
        : m_object(object)
        , m_valid(true)
    {
    }

    QString string(QLatin1StringView key) const
    {
        std::string_view text;
        if (!m_valid || m_object.at_key(view(key)).get_string().get(text) != simdjson::SUCCESS)
            return {};
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    DomFields child(QLatin1StringView key) const
    {
        simdjson::dom::object object;
        if (!m_valid || m_object.at_key(view(key)).get_object().get(object) != simdjson::SUCCESS)
            return {};
        return DomFields(object);
    }
    // As QJsonValue::toInteger(): an integer, or a double with an integral value.
    std::optional<qint64> integer(QLatin1StringView key) const
    {
        simdjson::dom::element value;
        if (!m_valid || m_object.at_key(view(key)).get(value) != simdjson::SUCCESS)
            return std::nullopt;
        int64_t whole = 0;
        if (value.get_int64().get(whole) == simdjson::SUCCESS)
            return whole;
        double real = 0;
        if (value.get_double().get(real) == simdjson::SUCCESS && std::isfinite(real) && std::trunc(real) == real && std::abs(real) < 9.2e18)
            return qint64(real);
        return std::nullopt;
    }
    QDateTime unixTime(QLatin1StringView key) const
    {
        simdjson::dom::element value;
        if (!m_valid || m_object.at_key(view(key)).get(value) != simdjson::SUCCESS || !value.is_number())
            return {};
        return QDateTime::fromSecsSinceEpoch(integer(key).value_or(0), QTimeZone::UTC); // as fromUnix()
    }

private:
    static std::string_view view(QLatin1StringView key) { return {key.data(), size_t(key.size())}; }

    simdjson::dom::object m_object;
    bool m_valid = false;
};

} // namespace

ListRead readCustomerList(const QByteArray &body, const QString &defaultRegion, CustomerList *list)
{
    // One parser per reader thread: it keeps its buffers from page to page.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element document;
    if (parser.parse(body.constData(), size_t(body.size()), true).get(document) != simdjson::SUCCESS)
        return ListRead::Unparsed;
    simdjson::dom::object root;
    std::string_view kind;
    simdjson::dom::array data;
    if (document.get_object().get(root) != simdjson::SUCCESS)
        return ListRead::Unparsed; // not an object: Qt's parser says so in its words
    if (root.at_key("object").get_string().get(kind) != simdjson::SUCCESS || kind != "list"
        || root.at_key("data").get_array().get(data) != simdjson::SUCCESS)
        return ListRead::NotAList;
    CustomerList page;
    bool hasMore = false;
    page.hasMore = root.at_key("has_more").get_bool().get(hasMore) == simdjson::SUCCESS && hasMore;
    page.customers.reserve(qsizetype(data.size()));
    for (const simdjson::dom::element element : data) {
        ++page.records;
        simdjson::dom::object object;
        const DomFields fields = element.get_object().get(object) == simdjson::SUCCESS ? DomFields(object) : DomFields();
        page.lastId = fields.string("id"_L1);
        page.maxCreated = std::max(page.maxCreated, fields.integer("created"_L1).value_or(-1));
        UnifiedCustomer customer;
        QString error;
        if (!mapCustomerFields(fields, defaultRegion, &customer, &error)) {
            page.skipped << u"%1: %2"_s.arg(page.lastId, error);
            continue;
        }
        // The raw copy as the store keeps it: compact JSON, key order as sent.
        const std::string compact = simdjson::minify(element);
        customer.rawText = QByteArray(compact.data(), qsizetype(compact.size()));
        if (customer.rawText.contains("\\u0000")) // U+0000: the store drops it from the parsed copy
            customer.raw = QJsonDocument::fromJson(std::exchange(customer.rawText, {})).object();
        page.customers.append(std::move(customer));
    }
    *list = std::move(page);
    return ListRead::Read;
}

} // namespace Orion::StripeDetail
