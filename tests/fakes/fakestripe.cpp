#include "fakestripe.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace Orion::Fakes {

namespace {

const char *const kFirst[] = {"Jenny", "Ana", "Jürgen", "Zoë", "Mohammed", "Li", "Olivia", "Noah", "Sofía", "Liam"};
const char *const kLast[] = {"Rosen", "García", "Müller", "O'Brien", "Nguyen", "Smith", "Kowalski", "Tanaka", "Dubois", "Rossi"};
const char *const kStatus[] = {"paid", "open", "draft", "void", "uncollectible", "paid", "paid", "open"};

} // namespace

FakeStripe::FakeStripe(const QString &apiKey)
    : m_apiKey(apiKey)
{
}

void FakeStripe::setCustomerCount(qint64 count)
{
    QMutexLocker locker(&m_mutex);
    m_customers = count;
}

void FakeStripe::setInvoiceCount(qint64 count)
{
    QMutexLocker locker(&m_mutex);
    m_invoices = count;
}

qint64 FakeStripe::customerCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_customers;
}

void FakeStripe::renameCustomer(qint64 index, const QString &name)
{
    QMutexLocker locker(&m_mutex);
    m_renamed.insert(index, name);
}

void FakeStripe::setCustomerReshape(std::function<void(QJsonObject &)> reshape)
{
    QMutexLocker locker(&m_mutex);
    m_reshape = std::move(reshape);
}

void FakeStripe::addCustomers(qint64 count)
{
    QMutexLocker locker(&m_mutex);
    for (qint64 i = 0; i < count; ++i)
        emitEventLocked(u"customer.created"_s, customerLocked(m_customers++));
}

void FakeStripe::updateCustomer(qint64 index, const QString &name)
{
    QMutexLocker locker(&m_mutex);
    const QJsonValue before = customerLocked(index).value("name"_L1);
    m_renamed.insert(index, name);
    emitEventLocked(u"customer.updated"_s, customerLocked(index), QJsonObject{{u"name"_s, before}});
}

void FakeStripe::deleteCustomer(qint64 index)
{
    QMutexLocker locker(&m_mutex);
    emitEventLocked(u"customer.deleted"_s, customerLocked(index));
    m_deleted.insert(index);
}

void FakeStripe::resetChanges()
{
    QMutexLocker locker(&m_mutex);
    m_renamed.clear();
    m_deleted.clear();
    m_created.clear();
    m_updates.clear();
    m_events.clear();
}

int FakeStripe::eventCount() const
{
    QMutexLocker locker(&m_mutex);
    const qint64 oldest = now().toSecsSinceEpoch() - 30 * 24 * 3600;
    return int(std::count_if(m_events.begin(), m_events.end(), [&](const Event &e) { return e.created >= oldest; }));
}

void FakeStripe::emitEventLocked(const QString &type, const QJsonObject &shown, const QJsonObject &previous)
{
    QJsonObject object = shown; // as the API shows objects when the event happens
    if (m_reshape && type.startsWith("customer."_L1))
        m_reshape(object);
    // Event ids are unique across every fake of the process, as Stripe's are across accounts.
    static std::atomic<qint64> serial{0};
    m_eventSequence = ++serial;
    m_events.append({u"evt_%1"_s.arg(m_eventSequence, 12, 10, QChar(u'0')), type, now().toSecsSinceEpoch(), object, previous});
}

QString FakeStripe::customerId(qint64 index)
{
    return u"cus_%1"_s.arg(index, 9, 10, QChar(u'0'));
}

QString FakeStripe::invoiceId(qint64 index)
{
    return u"in_%1"_s.arg(index, 9, 10, QChar(u'0'));
}

QJsonObject FakeStripe::customer(qint64 index) const
{
    QMutexLocker locker(&m_mutex);
    QJsonObject c = customerLocked(index);
    if (m_reshape)
        m_reshape(c);
    return c;
}

QByteArray FakeStripe::customerText(qint64 index) const
{
    QMutexLocker locker(&m_mutex);
    return customerTextLocked(index);
}

QJsonObject FakeStripe::invoice(qint64 index) const
{
    QMutexLocker locker(&m_mutex);
    return invoiceLocked(index);
}

QList<QJsonObject> FakeStripe::createdCustomers() const
{
    QMutexLocker locker(&m_mutex);
    return m_created;
}

int FakeStripe::idempotentReplays() const
{
    QMutexLocker locker(&m_mutex);
    return m_replays;
}

QJsonObject FakeStripe::customerLocked(qint64 index) const
{
    const QString first = QString::fromUtf8(kFirst[index % 10]);
    const QString last = QString::fromUtf8(kLast[(index / 10) % 10]);
    QString name = m_renamed.value(index, first + u' ' + last);
    const QString email = u"%1.%2.%3@example.com"_s.arg(first.toLower(), last.toLower()).arg(index);
    QJsonValue phone;
    QJsonValue address;
    switch (index % 4) {
    case 0:
        phone = u"+1 415-555-%1"_s.arg(index % 10000, 4, 10, QChar(u'0'));
        address = QJsonObject{{u"line1"_s, u"%1 Market St"_s.arg(index % 900 + 1)},
                              {u"line2"_s, QJsonValue()},
                              {u"city"_s, u"San Francisco"_s},
                              {u"state"_s, u"CA"_s},
                              {u"postal_code"_s, u"94103"_s},
                              {u"country"_s, u"US"_s}};
        break;
    case 1:
        phone = u"030 %1"_s.arg(1234500 + index % 100, 7, 10, QChar(u'0')); // national German number
        address = QJsonObject{{u"line1"_s, u"Unter den Linden %1"_s.arg(index % 90 + 1)},
                              {u"line2"_s, QJsonValue()},
                              {u"city"_s, u"Berlin"_s},
                              {u"state"_s, QJsonValue()},
                              {u"postal_code"_s, u"10117"_s},
                              {u"country"_s, u"DE"_s}};
        break;
    case 2:
        phone = u"call reception, ext. 12"_s; // not a number: kept as text
        address = QJsonValue();
        break;
    default:
        phone = QJsonValue();
        address = QJsonObject{{u"line1"_s, u"1 Canada Square"_s}, {u"line2"_s, u"Floor %1"_s.arg(index % 40)},
                              {u"city"_s, u"London"_s},           {u"state"_s, QJsonValue()},
                              {u"postal_code"_s, u"E14 5AB"_s},   {u"country"_s, u"GB"_s}};
    }
    QJsonObject metadata;
    if (index % 3 == 0)
        metadata.insert(u"company"_s, u"Company %1"_s.arg(index % 97));
    return QJsonObject{
        {u"id"_s, customerId(index)},
        {u"object"_s, u"customer"_s},
        {u"address"_s, address},
        {u"balance"_s, 0},
        {u"created"_s, kEpoch + index / 2},
        {u"currency"_s, QJsonValue()},
        {u"delinquent"_s, false},
        {u"description"_s, QJsonValue()},
        {u"email"_s, email},
        {u"invoice_prefix"_s, u"%1"_s.arg(index, 8, 16, QChar(u'0')).toUpper()},
        {u"livemode"_s, false},
        {u"metadata"_s, metadata},
        {u"name"_s, name},
        {u"phone"_s, phone},
        {u"preferred_locales"_s, QJsonArray()},
        {u"shipping"_s, QJsonValue()},
        {u"tax_exempt"_s, u"none"_s},
    };
}

namespace {

void appendJsonString(QByteArray *out, const QString &text)
{
    out->append('"');
    for (const char c : text.toUtf8()) { // multi-byte sequences never hold a byte below 0x80
        if (c == '"' || c == '\\') {
            out->append('\\');
            out->append(c);
        } else if (uchar(c) < 0x20) {
            out->append("\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0'));
        } else {
            out->append(c);
        }
    }
    out->append('"');
}

} // namespace

// customerLocked(index) written as compact JSON directly: the list answers of a benchmark cost the
// fake what a page costs to write, not what building and serialising a QJsonObject does (the same
// content: tst_pagination compares the two).
QByteArray FakeStripe::customerTextLocked(qint64 index) const
{
    const QString first = QString::fromUtf8(kFirst[index % 10]);
    const QString last = QString::fromUtf8(kLast[(index / 10) % 10]);
    QByteArray out;
    out.reserve(640);
    out += "{\"id\":\"" + customerId(index).toLatin1() + "\",\"object\":\"customer\",\"address\":";
    switch (index % 4) {
    case 0:
        out += "{\"line1\":\"" + QByteArray::number(index % 900 + 1)
            + " Market St\",\"line2\":null,\"city\":\"San Francisco\",\"state\":\"CA\",\"postal_code\":\"94103\",\"country\":\"US\"}";
        break;
    case 1:
        out += "{\"line1\":\"Unter den Linden " + QByteArray::number(index % 90 + 1)
            + "\",\"line2\":null,\"city\":\"Berlin\",\"state\":null,\"postal_code\":\"10117\",\"country\":\"DE\"}";
        break;
    case 2: out += "null"; break;
    default:
        out += "{\"line1\":\"1 Canada Square\",\"line2\":\"Floor " + QByteArray::number(index % 40)
            + "\",\"city\":\"London\",\"state\":null,\"postal_code\":\"E14 5AB\",\"country\":\"GB\"}";
    }
    out += ",\"balance\":0,\"created\":" + QByteArray::number(kEpoch + index / 2)
        + ",\"currency\":null,\"delinquent\":false,\"description\":null,\"email\":";
    appendJsonString(&out, u"%1.%2.%3@example.com"_s.arg(first.toLower(), last.toLower()).arg(index));
    out += ",\"invoice_prefix\":\"" + QByteArray::number(index, 16).rightJustified(8, '0').toUpper() + "\",\"livemode\":false,\"metadata\":";
    out += index % 3 == 0 ? "{\"company\":\"Company " + QByteArray::number(index % 97) + "\"}" : QByteArray("{}");
    out += ",\"name\":";
    appendJsonString(&out, m_renamed.value(index, first + u' ' + last));
    out += ",\"phone\":";
    switch (index % 4) {
    case 0: out += "\"+1 415-555-" + QByteArray::number(index % 10000).rightJustified(4, '0') + '"'; break;
    case 1: out += "\"030 " + QByteArray::number(1234500 + index % 100).rightJustified(7, '0') + '"'; break;
    case 2: out += "\"call reception, ext. 12\""; break;
    default: out += "null";
    }
    out += ",\"preferred_locales\":[],\"shipping\":null,\"tax_exempt\":\"none\"}";
    return out;
}

QJsonObject FakeStripe::invoiceLocked(qint64 index) const
{
    const int lineCount = index % 50 == 0 ? 12 : 2;
    QJsonArray lines;
    qint64 subtotal = 0;
    for (int l = 0; l < lineCount; ++l) {
        const qint64 unit = 500 + (index * 37 + l * 101) % 9500;
        const qint64 quantity = 1 + l % 3;
        subtotal += unit * quantity;
        lines.append(QJsonObject{{u"id"_s, u"il_%1_%2"_s.arg(index).arg(l)},
                                 {u"object"_s, u"line_item"_s},
                                 {u"description"_s, u"Line %1 of invoice %2"_s.arg(l + 1).arg(index)},
                                 {u"quantity"_s, quantity},
                                 {u"amount"_s, unit * quantity},
                                 {u"price"_s, QJsonObject{{u"unit_amount"_s, unit}}}});
    }
    const qint64 tax = subtotal / 10;
    const QString status = QString::fromLatin1(kStatus[index % 8]);
    const qint64 total = subtotal + tax;
    QJsonArray embedded;
    for (int l = 0; l < std::min(lineCount, 10); ++l)
        embedded.append(lines.at(l));
    QJsonObject invoice{
        {u"id"_s, invoiceId(index)},
        {u"object"_s, u"invoice"_s},
        {u"customer"_s, customerId(m_customers > 0 ? index % m_customers : 0)},
        {u"number"_s, u"INV-%1"_s.arg(index, 6, 10, QChar(u'0'))},
        {u"currency"_s, index % 2 ? u"eur"_s : u"usd"_s},
        {u"subtotal"_s, subtotal},
        {u"total"_s, total},
        {u"amount_due"_s, status == "paid"_L1 ? 0 : total},
        {u"status"_s, status},
        {u"created"_s, kEpoch + index},
        {u"due_date"_s, index % 3 ? QJsonValue(kEpoch + index + 30 * 86400) : QJsonValue()},
        {u"collection_method"_s, u"send_invoice"_s},
        {u"livemode"_s, false},
        {u"lines"_s,
         QJsonObject{{u"object"_s, u"list"_s},
                     {u"data"_s, embedded},
                     {u"has_more"_s, lineCount > 10},
                     {u"url"_s, u"/v1/invoices/%1/lines"_s.arg(invoiceId(index))}}},
    };
    // Newer API versions drop `tax` for a list of total_taxes.
    if (index % 5 == 0)
        invoice.insert(u"total_taxes"_s, QJsonArray{QJsonObject{{u"amount"_s, tax}}});
    else
        invoice.insert(u"tax"_s, tax);
    return invoice;
}

FakeResponse FakeStripe::error(int status, const QString &type, const QString &message, const QString &code)
{
    QJsonObject e{{u"type"_s, type}, {u"message"_s, message}};
    if (!code.isEmpty())
        e.insert(u"code"_s, code);
    FakeResponse response = FakeResponse::json(status, QJsonObject{{u"error"_s, e}});
    response.headers.append(std::pair<QByteArray, QByteArray>("Request-Id", "req_fake"));
    return response;
}

FakeResponse FakeStripe::handle(const RecordedRequest &request)
{
    const QByteArray auth = request.header("authorization");
    if (auth != "Bearer " + m_apiKey.toUtf8()) {
        const QByteArray given = auth.mid(7);
        return error(401, u"invalid_request_error"_s,
                     u"Invalid API Key provided: %1"_s.arg(given.isEmpty() ? u"(none)"_s : QString::fromLatin1(given.left(8)) + u"****"_s));
    }
    if (request.method == "GET" && request.path == "/v1/customers"_L1)
        return list(request, false);
    if (request.method == "GET" && request.path == "/v1/invoices"_L1)
        return list(request, true);
    if (request.method == "POST" && request.path == "/v1/customers"_L1)
        return createCustomer(request);
    if (request.method == "POST" && request.path.startsWith("/v1/customers/cus_"_L1))
        return updateCustomerByRequest(request, request.path.mid(14));
    if (request.method == "GET" && request.path == "/v1/events"_L1)
        return events(request);
    if (request.method == "GET" && request.path.startsWith("/v1/invoices/in_"_L1) && request.path.endsWith("/lines"_L1)) {
        bool ok = false;
        const qint64 index = request.path.section(u'/', 3, 3).mid(3).toLongLong(&ok);
        if (ok && index < m_invoices)
            return invoiceLines(request, index);
    }
    return error(404, u"invalid_request_error"_s, u"Unrecognized request URL (%1: %2)."_s.arg(QString::fromLatin1(request.method), request.path));
}

FakeResponse FakeStripe::list(const RecordedRequest &request, bool invoices)
{
    const QUrlQuery &q = request.query;
    qint64 limit = 10;
    if (q.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = q.queryItemValue(u"limit"_s).toLongLong(&ok);
        if (!ok || limit < 1 || limit > 100)
            return error(400, u"invalid_request_error"_s, u"Invalid integer: limit must be between 1 and 100"_s, u"parameter_invalid_integer"_s);
    }
    if (q.hasQueryItem(u"starting_after"_s) && q.hasQueryItem(u"ending_before"_s))
        return error(400, u"invalid_request_error"_s, u"You may only specify one of these parameters: starting_after, ending_before."_s);
    const qint64 total = invoices ? m_invoices : m_customers;
    // created[gte|gt|lt|lte] (and created=N) → the range of indexes whose created value qualifies.
    const qint64 perSecond = invoices ? 1 : 2; // customers are created two a second, invoices one
    auto firstIndexAt = [&](qint64 t) { return std::clamp<qint64>((t - kEpoch) * perSecond, 0, total); }; // lowest index with created ≥ t
    qint64 lowest = 0;
    qint64 highest = total - 1;
    for (const QString &op : {u"gte"_s, u"gt"_s, u"lt"_s, u"lte"_s, QString()}) {
        const QString name = op.isEmpty() ? u"created"_s : u"created[%1]"_s.arg(op);
        if (!q.hasQueryItem(name))
            continue;
        bool ok = false;
        const qint64 t = q.queryItemValue(name, QUrl::FullyDecoded).toLongLong(&ok);
        if (!ok)
            return error(400, u"invalid_request_error"_s, u"Invalid integer: %1"_s.arg(q.queryItemValue(name)), u"parameter_invalid_integer"_s);
        if (op == "gte"_L1 || op.isEmpty())
            lowest = std::max(lowest, firstIndexAt(t));
        if (op == "gt"_L1)
            lowest = std::max(lowest, firstIndexAt(t + 1));
        if (op == "lt"_L1)
            highest = std::min(highest, firstIndexAt(t) - 1);
        if (op == "lte"_L1 || op.isEmpty())
            highest = std::min(highest, firstIndexAt(t + 1) - 1);
    }
    qint64 start = highest; // newest first
    if (q.hasQueryItem(u"starting_after"_s)) {
        const QString id = q.queryItemValue(u"starting_after"_s);
        bool ok = false;
        const qint64 index = id.section(u'_', 1).toLongLong(&ok);
        if (!ok || index >= total || !id.startsWith(invoices ? "in_"_L1 : "cus_"_L1))
            return error(400, u"invalid_request_error"_s, u"No such %1: '%2'"_s.arg(invoices ? u"invoice"_s : u"customer"_s, id),
                         u"resource_missing"_s);
        start = std::min(highest, index - 1);
    }
    qint64 i = start;
    if (!invoices) { // written directly, in the same shape as the QJsonObject answer below
        QByteArray body = "{\"object\":\"list\",\"url\":\"/v1/customers\",\"data\":[";
        for (qint64 n = 0; i >= lowest && n < limit; --i) {
            if (m_deleted.contains(i))
                continue;
            if (n++ > 0)
                body += ',';
            if (m_reshape) {
                QJsonObject c = customerLocked(i);
                m_reshape(c);
                body += QJsonDocument(c).toJson(QJsonDocument::Compact);
            } else {
                body += customerTextLocked(i);
            }
        }
        body += i >= lowest ? "],\"has_more\":true}" : "],\"has_more\":false}";
        return FakeResponse{200, body, "application/json", {}};
    }
    QJsonArray data;
    for (; i >= lowest && data.size() < limit; --i)
        data.append(invoiceLocked(i));
    return FakeResponse::json(200,
                              QJsonObject{{u"object"_s, u"list"_s},
                                          {u"url"_s, invoices ? u"/v1/invoices"_s : u"/v1/customers"_s},
                                          {u"has_more"_s, i >= lowest},
                                          {u"data"_s, data}});
}

FakeResponse FakeStripe::invoiceLines(const RecordedRequest &request, qint64 index)
{
    const QJsonObject invoice = invoiceLocked(index);
    // Rebuild the full line list (the embedded copy holds at most 10).
    const int lineCount = index % 50 == 0 ? 12 : 2;
    QJsonArray all;
    for (int l = 0; l < lineCount; ++l) {
        const qint64 unit = 500 + (index * 37 + l * 101) % 9500;
        const qint64 quantity = 1 + l % 3;
        all.append(QJsonObject{{u"id"_s, u"il_%1_%2"_s.arg(index).arg(l)},
                               {u"object"_s, u"line_item"_s},
                               {u"description"_s, u"Line %1 of invoice %2"_s.arg(l + 1).arg(index)},
                               {u"quantity"_s, quantity},
                               {u"amount"_s, unit * quantity},
                               {u"price"_s, QJsonObject{{u"unit_amount"_s, unit}}}});
    }
    qsizetype from = 0;
    const QString after = request.query.queryItemValue(u"starting_after"_s);
    for (qsizetype l = 0; l < all.size(); ++l) {
        if (all.at(l).toObject().value("id"_L1).toString() == after)
            from = l + 1;
    }
    const qint64 limit = std::clamp<qint64>(request.query.queryItemValue(u"limit"_s).toLongLong(), 1, 100);
    QJsonArray data;
    for (qsizetype l = from; l < all.size() && data.size() < limit; ++l)
        data.append(all.at(l));
    return FakeResponse::json(200,
                              QJsonObject{{u"object"_s, u"list"_s},
                                          {u"url"_s, invoice.value("lines"_L1).toObject().value("url"_L1)},
                                          {u"has_more"_s, from + data.size() < all.size()},
                                          {u"data"_s, data}});
}

QList<std::pair<QString, QUrlQuery>> FakeStripe::updatedCustomers() const
{
    QMutexLocker locker(&m_mutex);
    return m_updates;
}

FakeResponse FakeStripe::updateCustomerByRequest(const RecordedRequest &request, const QString &id)
{
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return error(400, u"invalid_request_error"_s, u"Request bodies must be form-encoded."_s);
    bool ok = false;
    const qint64 index = id.mid(4).toLongLong(&ok);
    if (!ok || id != customerId(index) || index >= m_customers || m_deleted.contains(index))
        return error(404, u"invalid_request_error"_s, u"No such customer: '%1'"_s.arg(id), u"resource_missing"_s);
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString email = form.queryItemValue(u"email"_s, QUrl::FullyDecoded);
    if (!email.isEmpty() && !email.contains(u'@'))
        return error(400, u"invalid_request_error"_s, u"Invalid email address: %1"_s.arg(email), u"email_invalid"_s);
    m_updates.append({id, form});
    const QString name = form.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    if (!name.isEmpty())
        m_renamed.insert(index, name);
    return FakeResponse::json(200, customerLocked(index));
}

FakeResponse FakeStripe::createCustomer(const RecordedRequest &request)
{
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return error(400, u"invalid_request_error"_s, u"Request bodies must be form-encoded."_s);
    const QByteArray key = request.header("idempotency-key");
    if (key.size() > 255)
        return error(400, u"invalid_request_error"_s, u"Idempotency-Key is longer than 255 characters."_s);
    if (!key.isEmpty()) {
        const auto it = m_idempotency.constFind(key);
        if (it != m_idempotency.constEnd()) {
            if (it->parameters != request.body)
                return error(400, u"idempotency_error"_s,
                             u"Keys for idempotent requests can only be used with the same parameters they were first used with."_s);
            ++m_replays;
            FakeResponse replay = it->response;
            replay.headers.append(std::pair<QByteArray, QByteArray>("Idempotent-Replayed", "true"));
            return replay;
        }
    }
    const QUrlQuery form(QString::fromUtf8(request.body));
    const QString email = form.queryItemValue(u"email"_s, QUrl::FullyDecoded);
    if (!email.isEmpty() && !email.contains(u'@'))
        return error(400, u"invalid_request_error"_s, u"Invalid email address: %1"_s.arg(email), u"email_invalid"_s);
    QJsonObject address;
    for (const QString &part : {u"line1"_s, u"line2"_s, u"city"_s, u"state"_s, u"postal_code"_s, u"country"_s}) {
        const QString value = form.queryItemValue(u"address[%1]"_s.arg(part), QUrl::FullyDecoded);
        address.insert(part, value.isEmpty() ? QJsonValue() : QJsonValue(value));
    }
    QJsonObject metadata;
    for (const auto &[k, v] : form.queryItems(QUrl::FullyDecoded)) {
        if (k.startsWith("metadata["_L1))
            metadata.insert(k.mid(9).chopped(1), v);
    }
    QJsonObject created{
        {u"id"_s, u"cus_new%1"_s.arg(m_created.size() + 1, 6, 10, QChar(u'0'))},
        {u"object"_s, u"customer"_s},
        {u"created"_s, now().toSecsSinceEpoch()},
        {u"name"_s, form.queryItemValue(u"name"_s, QUrl::FullyDecoded)},
        {u"email"_s, email},
        {u"phone"_s, form.queryItemValue(u"phone"_s, QUrl::FullyDecoded)},
        {u"address"_s, address},
        {u"metadata"_s, metadata},
    };
    m_created.append(created);
    emitEventLocked(u"customer.created"_s, created);
    FakeResponse response = FakeResponse::json(200, created);
    if (!key.isEmpty())
        m_idempotency.insert(key, {request.body, response});
    return response;
}

FakeResponse FakeStripe::events(const RecordedRequest &request)
{
    const QUrlQuery &q = request.query;
    const qint64 limit = q.hasQueryItem(u"limit"_s) ? q.queryItemValue(u"limit"_s).toLongLong() : 10;
    if (limit < 1 || limit > 100)
        return error(400, u"invalid_request_error"_s, u"Invalid integer: limit must be between 1 and 100"_s, u"parameter_invalid_integer"_s);
    if (q.hasQueryItem(u"starting_after"_s) && q.hasQueryItem(u"ending_before"_s))
        return error(400, u"invalid_request_error"_s, u"You may only specify one of these parameters: starting_after, ending_before."_s);
    const QStringList types = q.allQueryItemValues(u"types[]"_s, QUrl::FullyDecoded);
    const QString type = q.queryItemValue(u"type"_s, QUrl::FullyDecoded);
    if (!types.isEmpty() && !type.isEmpty())
        return error(400, u"invalid_request_error"_s, u"You may only specify one of these parameters: type, types."_s);
    if (types.size() > 20)
        return error(400, u"invalid_request_error"_s, u"types may contain at most 20 event types."_s);
    auto typeMatches = [&](const QString &t) {
        if (!types.isEmpty())
            return types.contains(t);
        if (type.endsWith(u".*"_s))
            return t.startsWith(type.chopped(1));
        return type.isEmpty() || t == type;
    };
    qint64 gte = now().toSecsSinceEpoch() - 30 * 24 * 3600; // the history kept
    qint64 lt = std::numeric_limits<qint64>::max();
    if (q.hasQueryItem(u"created[gte]"_s))
        gte = std::max(gte, q.queryItemValue(u"created[gte]"_s).toLongLong());
    if (q.hasQueryItem(u"created[gt]"_s))
        gte = std::max(gte, q.queryItemValue(u"created[gt]"_s).toLongLong() + 1);
    if (q.hasQueryItem(u"created[lt]"_s))
        lt = std::min(lt, q.queryItemValue(u"created[lt]"_s).toLongLong());
    const qint64 kept = now().toSecsSinceEpoch() - 30 * 24 * 3600;
    QList<const Event *> list; // newest first
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        if (it->created >= gte && it->created < lt && typeMatches(it->type))
            list.append(&*it);
    }
    // A cursor must name an event still kept (whatever the filter).
    auto position = [&](const QString &id, qsizetype *at) -> std::optional<FakeResponse> {
        const auto known = std::find_if(m_events.cbegin(), m_events.cend(), [&](const Event &e) { return e.id == id && e.created >= kept; });
        if (known == m_events.cend())
            return error(400, u"invalid_request_error"_s, u"No such event: '%1'"_s.arg(id), u"resource_missing"_s);
        *at = 0; // where the cursor's event sits (or would sit) in the newest-first list
        while (*at < list.size() && list.at(*at)->id > id)
            ++*at;
        return std::nullopt;
    };
    qsizetype from = 0, to = 0;
    bool more = false;
    if (q.hasQueryItem(u"ending_before"_s)) { // the `limit` events just newer than the cursor's
        qsizetype at = 0;
        if (auto refused = position(q.queryItemValue(u"ending_before"_s), &at))
            return *refused;
        from = std::max<qsizetype>(0, at - limit);
        to = at;
        more = from > 0;
    } else {
        if (q.hasQueryItem(u"starting_after"_s)) { // the events older than the cursor's
            const QString cursor = q.queryItemValue(u"starting_after"_s);
            if (auto refused = position(cursor, &from))
                return *refused;
            if (from < list.size() && list.at(from)->id == cursor)
                ++from;
        }
        to = std::min<qsizetype>(list.size(), from + limit);
        more = to < list.size();
    }
    QJsonArray data;
    for (qsizetype i = from; i < to; ++i)
        data.append(eventJson(*list.at(i)));
    return FakeResponse::json(200, QJsonObject{{u"object"_s, u"list"_s}, {u"url"_s, u"/v1/events"_s}, {u"has_more"_s, more}, {u"data"_s, data}});
}

QJsonObject FakeStripe::eventJson(const Event &e)
{
    QJsonObject payload{{u"object"_s, e.object}};
    if (!e.previous.isEmpty())
        payload.insert(u"previous_attributes"_s, e.previous);
    return QJsonObject{{u"id"_s, e.id},
                       {u"object"_s, u"event"_s},
                       {u"api_version"_s, u"2024-06-20"_s},
                       {u"created"_s, e.created},
                       {u"data"_s, payload},
                       {u"livemode"_s, false},
                       {u"pending_webhooks"_s, 1},
                       {u"request"_s, QJsonObject{{u"id"_s, QJsonValue()}, {u"idempotency_key"_s, QJsonValue()}}},
                       {u"type"_s, e.type}};
}

QList<SignedDelivery> FakeStripe::takeWebhooks(const QByteArray &endpointSecret)
{
    QMutexLocker locker(&m_mutex);
    QList<SignedDelivery> deliveries;
    for (const Event &e : std::as_const(m_events)) {
        if (e.id.mid(4).toLongLong() <= m_webhooksSent)
            continue;
        deliveries.append(signWebhook(QJsonDocument(eventJson(e)).toJson(QJsonDocument::Indented), endpointSecret, now().toSecsSinceEpoch()));
    }
    m_webhooksSent = m_eventSequence;
    return deliveries;
}

SignedDelivery FakeStripe::signWebhook(const QByteArray &body, const QByteArray &endpointSecret, qint64 t)
{
    const QByteArray signature
        = QMessageAuthenticationCode::hash(QByteArray(QByteArray::number(t) + '.' + body), endpointSecret, QCryptographicHash::Sha256).toHex();
    return SignedDelivery{
        {{"Content-Type", "application/json; charset=utf-8"}, {"Stripe-Signature", "t=" + QByteArray::number(t) + ",v1=" + signature}}, body};
}

} // namespace Orion::Fakes
