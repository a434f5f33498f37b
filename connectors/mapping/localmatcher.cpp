#include "mapping/localmatcher.h"

#include "mapping/transforms.h"
#include "unified/unifiedinvoice.h"
#include "runtime/phonenumbers.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Orion {

namespace MatcherDetail {

// Names per target field, compared with a path's normalised names (tokens joined, singular).
// exact: the usual name (1.0); strong: a common synonym or abbreviation (0.9); weak: a hint (0.6).
// keys: token sets that, all present somewhere in the path, suggest the field (0.75).
struct NameRules
{
    QStringList exact;
    QStringList strong;
    QStringList weak;
    QList<QStringList> keys;
    QStringList forbidden; // tokens that rule a path out (fax is not a phone)
};

const QHash<QString, NameRules> &customerRules()
{
    static const QHash<QString, NameRules> rules{
        {u"external_id"_s, {{u"id"_s, u"customerid"_s, u"contactid"_s, u"clientid"_s, u"userid"_s, u"personid"_s, u"uuid"_s},
                            {u"key"_s, u"externalid"_s, u"guid"_s, u"recordid"_s, u"objectid"_s, u"hsobjectid"_s},
                            {u"accountid"_s, u"number"_s},
                            {},
                            {}}},
        {u"first_name"_s, {{u"firstname"_s, u"givenname"_s, u"fname"_s, u"first"_s, u"forename"_s},
                           {u"givennames"_s, u"namefirst"_s},
                           {},
                           {{u"first"_s, u"name"_s}, {u"given"_s}},
                           {u"company"_s, u"business"_s}}},
        {u"last_name"_s, {{u"lastname"_s, u"familyname"_s, u"surname"_s, u"lname"_s},
                          {u"namelast"_s, u"last"_s},
                          {},
                          {{u"last"_s, u"name"_s}, {u"family"_s}, {u"surname"_s}},
                          {u"company"_s, u"business"_s, u"modified"_s, u"updated"_s}}},
        {u"full_name"_s, {{u"name"_s, u"fullname"_s, u"displayname"_s, u"contactname"_s, u"customername"_s, u"clientname"_s, u"personname"_s},
                          {u"nickname"_s, u"username"_s},
                          {u"title"_s},
                          {{u"full"_s, u"name"_s}, {u"display"_s, u"name"_s}},
                          {u"company"_s, u"business"_s, u"org"_s, u"organization"_s, u"organisation"_s, u"first"_s, u"last"_s, u"given"_s,
                           u"family"_s, u"middle"_s, u"user"_s, u"file"_s, u"account"_s, u"attribute"_s, u"currency"_s, u"ref"_s, u"item"_s,
                           u"product"_s, u"plan"_s, u"tax"_s, u"country"_s, u"city"_s, u"state"_s, u"owner"_s}}},
        {u"email"_s, {{u"email"_s, u"emailaddress"_s, u"mail"_s, u"emailaddr"_s, u"primaryemail"_s, u"primaryemailaddraddress"_s,
                       u"primaryemailaddress"_s},
                      {u"emailaddre"_s, u"workemail"_s, u"contactemail"_s, u"mailaddress"_s},
                      {},
                      {{u"email"_s}, {u"mail"_s}},
                      {u"verified"_s, u"opt"_s, u"consent"_s, u"marketing"_s, u"domain"_s, u"bounce"_s, u"status"_s, u"state"_s}}},
        {u"phone"_s, {{u"phone"_s, u"phonenumber"_s, u"telephone"_s, u"tel"_s, u"primaryphone"_s, u"primaryphonefreeformnumber"_s,
                       u"phonefreeformnumber"_s, u"businessphone"_s, u"workphone"_s},
                      {u"mobile"_s, u"mobilephone"_s, u"cell"_s, u"cellphone"_s, u"mobilephonenumber"_s, u"homephone"_s, u"mobilefreeformnumber"_s},
                      {u"contactnumber"_s},
                      {{u"phone"_s}, {u"telephone"_s}, {u"mobile"_s}},
                      {u"fax"_s, u"type"_s, u"verified"_s, u"extension"_s, u"ext"_s}}},
        {u"company"_s, {{u"company"_s, u"companyname"_s, u"organization"_s, u"organisation"_s, u"org"_s, u"orgname"_s, u"businessname"_s,
                         u"organizationname"_s, u"organisationname"_s},
                        {u"accountname"_s, u"business"_s, u"employer"_s, u"firm"_s, u"companyrefname"_s},
                        {u"account"_s},
                        {{u"company"_s}, {u"organization"_s}, {u"organisation"_s}},
                        {u"id"_s, u"size"_s, u"industry"_s, u"domain"_s, u"type"_s, u"number"_s}}},
        {u"address.line1"_s, {{u"line1"_s, u"addressline1"_s, u"address1"_s, u"street1"_s, u"streetaddress"_s, u"street"_s, u"addressline"_s,
                               u"billingstreet"_s, u"mailingstreet"_s, u"streetline1"_s},
                              {u"line"_s, u"streetname"_s, u"addressstreet"_s},
                              {u"address"_s},
                              {{u"street"_s}, {u"line"_s, u"1"_s}},
                              {u"2"_s, u"3"_s}}},
        {u"address.line2"_s, {{u"line2"_s, u"addressline2"_s, u"address2"_s, u"street2"_s, u"streetline2"_s},
                              {u"suite"_s, u"apartment"_s, u"apt"_s, u"unit"_s},
                              {},
                              {{u"line"_s, u"2"_s}, {u"street"_s, u"2"_s}, {u"address"_s, u"2"_s}},
                              {}}},
        {u"address.city"_s, {{u"city"_s, u"town"_s, u"locality"_s, u"cityname"_s, u"billingcity"_s, u"mailingcity"_s},
                             {u"municipality"_s, u"suburb"_s},
                             {},
                             {{u"city"_s}, {u"town"_s}},
                             {}}},
        {u"address.region"_s, {{u"state"_s, u"region"_s, u"province"_s, u"statecode"_s, u"stateorprovince"_s, u"countrysubdivisioncode"_s,
                                u"provincecode"_s, u"regioncode"_s, u"billingstate"_s, u"mailingstate"_s, u"administrativedistrictlevel1"_s},
                               {u"county"_s, u"prefecture"_s, u"territory"_s},
                               {},
                               {{u"state"_s}, {u"province"_s}, {u"region"_s}, {u"subdivision"_s}},
                               {u"status"_s, u"tax"_s, u"country"_s}}},
        {u"address.postal_code"_s, {{u"postalcode"_s, u"zip"_s, u"zipcode"_s, u"postcode"_s, u"postal"_s, u"billingpostalcode"_s,
                                     u"mailingpostalcode"_s},
                                    {u"pincode"_s, u"plz"_s},
                                    {},
                                    {{u"postal"_s}, {u"zip"_s}, {u"postcode"_s}},
                                    {}}},
        {u"address.country"_s, {{u"country"_s, u"countrycode"_s, u"countryname"_s, u"billingcountry"_s, u"mailingcountry"_s, u"countryiso"_s},
                                {u"nation"_s, u"countryalpha2"_s},
                                {},
                                {{u"country"_s}},
                                {u"subdivision"_s, u"phone"_s, u"calling"_s}}},
        {u"created_at"_s, {{u"created"_s, u"createdat"_s, u"createdtime"_s, u"createtime"_s, u"createddate"_s, u"creationdate"_s,
                            u"datecreated"_s, u"createdon"_s, u"createdate"_s, u"metadatacreatetime"_s, u"createddateutc"_s},
                           {u"dateadded"_s, u"addtime"_s, u"signupdate"_s, u"signedupat"_s, u"registeredat"_s, u"since"_s, u"insertedat"_s},
                           {u"date"_s},
                           {{u"created"_s}, {u"create"_s}, {u"creation"_s}},
                           {u"by"_s, u"user"_s, u"id"_s}}},
        {u"updated_at"_s, {{u"updated"_s, u"updatedat"_s, u"updatedtime"_s, u"lastupdatedtime"_s, u"modified"_s, u"modifiedat"_s,
                            u"lastmodified"_s, u"lastmodifieddate"_s, u"datemodified"_s, u"updatedon"_s, u"metadatalastupdatedtime"_s,
                            u"updateddateutc"_s, u"lastmodifiedtime"_s, u"modifiedtime"_s},
                           {u"systemmodstamp"_s, u"changedat"_s, u"lastchanged"_s, u"updatetime"_s},
                           {},
                           {{u"updated"_s}, {u"modified"_s}, {u"modstamp"_s}},
                           {u"by"_s, u"user"_s, u"id"_s}}},
    };
    return rules;
}

const QHash<QString, NameRules> &invoiceRules()
{
    static const QHash<QString, NameRules> rules{
        {u"external_id"_s, {{u"id"_s, u"invoiceid"_s, u"uuid"_s},
                            {u"key"_s, u"guid"_s, u"objectid"_s},
                            {},
                            {},
                            {}}},
        {u"number"_s, {{u"number"_s, u"invoicenumber"_s, u"docnumber"_s, u"invoiceno"_s, u"invoicenum"_s, u"documentnumber"_s},
                       {u"no"_s, u"ref"_s, u"reference"_s, u"name"_s, u"ordernumber"_s},
                       {},
                       {{u"invoice"_s, u"number"_s}, {u"doc"_s, u"number"_s}},
                       {u"phone"_s, u"po"_s, u"tax"_s, u"account"_s, u"customer"_s, u"order"_s}}},
        {u"customer_external_id"_s, {{u"customer"_s, u"customerid"_s, u"contactid"_s, u"clientid"_s, u"customerrefvalue"_s,
                                      u"contactcontactid"_s, u"accountid"_s, u"buyerid"_s, u"customerrefid"_s},
                                     {u"customerref"_s, u"contact"_s, u"account"_s, u"client"_s},
                                     {},
                                     {{u"customer"_s, u"id"_s}, {u"contact"_s, u"id"_s}, {u"client"_s, u"id"_s}},
                                     {u"email"_s, u"name"_s, u"phone"_s, u"address"_s, u"tax"_s, u"memo"_s, u"note"_s, u"message"_s,
                                      u"display"_s}}},
        {u"currency"_s, {{u"currency"_s, u"currencycode"_s, u"currencyrefvalue"_s, u"currencyiso"_s, u"curr"_s},
                         {u"currencyref"_s, u"ccy"_s},
                         {},
                         {{u"currency"_s}},
                         {u"rate"_s, u"symbol"_s, u"exchange"_s, u"presentment"_s}}},
        {u"subtotal"_s, {{u"subtotal"_s, u"subtotalamount"_s, u"amountbeforetax"_s, u"netamount"_s, u"totalexcludingtax"_s,
                          u"totalexcltax"_s, u"untaxedamount"_s, u"totalnet"_s, u"subtotalprice"_s},
                         {u"net"_s, u"subtotalmoney"_s},
                         {},
                         {{u"subtotal"_s}, {u"sub"_s, u"total"_s}},
                         {u"line"_s}}},
        {u"tax"_s, {{u"tax"_s, u"totaltax"_s, u"taxamount"_s, u"totaltaxamount"_s, u"vat"_s, u"txntaxdetailtotaltax"_s, u"taxtotal"_s},
                    {u"taxmoney"_s, u"totaltaxmoney"_s, u"sales"_s},
                    {},
                    {{u"tax"_s}},
                    {u"rate"_s, u"percent"_s, u"id"_s, u"code"_s, u"exempt"_s, u"number"_s, u"type"_s, u"name"_s, u"line"_s,
                     u"included"_s, u"inclusive"_s, u"excluding"_s, u"excl"_s}}},
        {u"total"_s, {{u"total"_s, u"totalamount"_s, u"amount"_s, u"totalamt"_s, u"grandtotal"_s, u"amounttotal"_s, u"totalprice"_s,
                       u"invoicetotal"_s, u"totalmoney"_s},
                      {u"sum"_s, u"gross"_s, u"totalgross"_s, u"amountbilled"_s, u"billedamount"_s, u"invoiceamount"_s, u"totalbilled"_s},
                      {},
                      {{u"total"_s}},
                      {u"tax"_s, u"due"_s, u"paid"_s, u"remaining"_s, u"discount"_s, u"line"_s, u"sub"_s, u"excluding"_s, u"excl"_s,
                       u"net"_s, u"credited"_s, u"refunded"_s, u"shipping"_s, u"balance"_s, u"outstanding"_s, u"count"_s, u"weight"_s,
                       u"quantity"_s, u"item"_s, u"exchange"_s, u"rate"_s, u"completed"_s, u"collected"_s, u"captured"_s}}},
        {u"amount_due"_s, {{u"amountdue"_s, u"balance"_s, u"balancedue"_s, u"amountremaining"_s, u"outstanding"_s, u"outstandingamount"_s,
                            u"totaldue"_s, u"remaining"_s, u"amountoutstanding"_s, u"dueamount"_s},
                           {u"due"_s, u"open"_s, u"unpaid"_s, u"totaloutstanding"_s},
                           {},
                           {{u"amount"_s, u"due"_s}, {u"balance"_s}, {u"outstanding"_s}, {u"remaining"_s}},
                           {u"date"_s, u"at"_s, u"on"_s, u"day"_s, u"days"_s, u"term"_s, u"terms"_s, u"home"_s}}},
        {u"status"_s, {{u"status"_s, u"invoicestatus"_s, u"state"_s, u"financialstatus"_s, u"paymentstatus"_s},
                       {u"stage"_s},
                       {},
                       {{u"status"_s}},
                       {u"email"_s, u"delivery"_s, u"sent"_s, u"fulfillment"_s, u"tax"_s, u"approval"_s, u"print"_s, u"collection"_s,
                        u"dunning"_s, u"billing"_s}}},
        {u"issued_at"_s, {{u"date"_s, u"invoicedate"_s, u"issuedate"_s, u"issuedat"_s, u"txndate"_s, u"dateissued"_s, u"issued"_s,
                           u"billdate"_s, u"documentdate"_s, u"issuedon"_s},
                          {u"createdate"_s, u"created"_s, u"createdat"_s, u"createdtime"_s, u"createddate"_s, u"invoicedat"_s, u"finalizedat"_s,
                           u"createdon"_s},
                          {u"metadatacreatetime"_s},
                          {{u"issue"_s}, {u"issued"_s}, {u"invoice"_s, u"date"_s}},
                          {u"due"_s, u"updated"_s, u"modified"_s, u"paid"_s, u"period"_s, u"start"_s, u"end"_s, u"sent"_s, u"voided"_s}}},
        {u"due_at"_s, {{u"duedate"_s, u"dueat"_s, u"paymentduedate"_s, u"dueon"_s, u"datedue"_s},
                       {u"due"_s, u"payby"_s},
                       {},
                       {{u"due"_s, u"date"_s}, {u"due"_s, u"at"_s}},
                       {u"amount"_s, u"balance"_s, u"total"_s, u"days"_s}}},
    };
    return rules;
}

// Generic leaves: the parent names the field ("PrimaryEmailAddr.Address", "CurrencyRef.value").
const QSet<QString> &genericLeaves()
{
    static const QSet<QString> leaves{u"value"_s, u"address"_s, u"freeformnumber"_s, u"amount"_s, u"text"_s, u"code"_s, u"id"_s,
                                      u"name"_s, u"number"_s, u"email"_s, u"phone"_s, u"date"_s, u"cents"_s};
    return leaves;
}

// Tokens that say nothing about the field (wrappers) and are dropped from the joined names.
const QSet<QString> &noiseTokens()
{
    static const QSet<QString> noise{u"properties"_s, u"property"_s, u"fields"_s, u"attributes"_s, u"data"_s, u"0"_s, u"hs"_s,
                                     u"custom"_s, u"c"_s, u"x"_s, u"default"_s, u"money"_s, u"set"_s, u"shop"_s, u"cents"_s, u"in"_s, u"utc"_s};
    return noise;
}

QString singular(const QString &t)
{
    if (t.size() > 3 && t.endsWith(u"ses"_s))
        return t.chopped(2);
    if (t.size() > 3 && t.endsWith(u's') && !t.endsWith(u"ss"_s) && !t.endsWith(u"us"_s))
        return t.chopped(1);
    return t;
}

// Joined names of a path to compare with the rules, each with a factor (leaf names count fully).
QList<std::pair<QString, double>> names(const QString &path)
{
    QStringList segments;
    QString current;
    for (const QChar c : path) {
        if (c == u'.' || c == u'[' || c == u']') {
            if (!current.isEmpty())
                segments << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        segments << current;
    // Drop array indexes.
    segments.removeIf([](const QString &s) { return !s.isEmpty() && s.front().isDigit() && s.toInt() >= 0 && s == QString::number(s.toInt()); });
    auto joined = [](const QStringList &segs) {
        QString out;
        for (const QString &seg : segs) {
            for (const QString &t : LocalMatcher::tokens(seg)) {
                if (!noiseTokens().contains(t))
                    out += singular(t);
            }
        }
        return out;
    };
    QList<std::pair<QString, double>> out;
    if (segments.isEmpty())
        return out;
    const QString leaf = joined({segments.last()});
    // A generic leaf deeper down ("CurrencyRef.name") says little on its own: its parent names it.
    out.append({leaf, segments.size() >= 2 && genericLeaves().contains(leaf) ? 0.5 : 1.0});
    if (segments.size() >= 2) {
        const QString pair = joined(segments.mid(segments.size() - 2));
        out.append({pair, genericLeaves().contains(leaf) ? 1.0 : 0.9});
        if (genericLeaves().contains(leaf))
            out.append({joined({segments.at(segments.size() - 2)}), 0.95});
    }
    return out;
}

// ---- value evidence ----

bool looksEmail(const QString &v)
{
    static const QRegularExpression re(uR"(^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$)"_s);
    return re.match(v).hasMatch();
}
bool looksPhone(const QString &v)
{
    static const QRegularExpression re(uR"(^\+?[\d\s().\-/]{7,}(\s*(x|ext\.?)\s*\d+)?$)"_s);
    if (!re.match(v).hasMatch())
        return false;
    int digits = 0;
    for (const QChar c : v)
        digits += c.isDigit();
    return digits >= 7 && digits <= 15 && !Transforms::parseDateTime(QJsonValue(v), false).isValid();
}
bool looksDate(const QString &v, const QString &type)
{
    if (type == "integer"_L1 || type == "number"_L1) {
        const double d = v.toDouble();
        return (d > 9.46e8 && d < 4.1e9) || (d > 9.46e11 && d < 4.1e12); // 2000–2100, seconds or milliseconds
    }
    static const QRegularExpression hasSeparators(u"[-/:.,\\s]"_s);
    return hasSeparators.match(v).hasMatch() && Transforms::parseDateTime(QJsonValue(v), false).isValid();
}
bool looksMoney(const QString &v, const QString &type)
{
    if (type == "integer"_L1 || type == "number"_L1)
        return true;
    static const QRegularExpression re(uR"(^[^\d\-+]{0,3}\s?[+-]?\d{1,3}(,?\d{3})*(\.\d{1,4})?\s?[A-Z]{0,3}$)"_s);
    return re.match(v).hasMatch();
}
bool looksCurrency(const QString &v)
{
    return v.size() == 3 && Transforms::isCurrencyCode(v);
}
bool looksCountry(const QString &v)
{
    return !normalizeCountry(v).isEmpty();
}
bool looksPostalCode(const QString &v)
{
    static const QRegularExpression re(
        uR"(^(\d{5}(-\d{4})?|\d{4}|\d{6}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{3}-\d{4}|\d{2}-\d{3})$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(v).hasMatch();
}
bool looksIdentifier(const QString &v)
{
    static const QRegularExpression re(uR"(^[A-Za-z0-9_\-:.]{1,64}$)"_s);
    return re.match(v).hasMatch();
}
bool looksCompany(const QString &v)
{
    static const QRegularExpression re(uR"(\b(inc|llc|ltd|limited|gmbh|ag|corp|corporation|co|plc|sa|sas|srl|bv|nv|oy|ab|pty|kg|group|holdings|company|partners|industries|solutions|systems|labs|studio|technologies|services)\.?$)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(v.trimmed()).hasMatch();
}
bool looksStatus(const QString &v)
{
    return !Transforms::invoiceStatus(v, {}).isEmpty();
}
bool looksText(const QString &v)
{
    return !v.isEmpty() && !looksEmail(v) && !looksDate(v, u"string"_s) && v.size() < 200 && v.front().isLetter();
}
bool looksPersonName(const QString &v)
{
    static const QRegularExpression re(uR"(^[\p{L}][\p{L}'’.\-]*(,?\s+[\p{L}][\p{L}'’.\-]*){0,4}$)"_s);
    return re.match(v.trimmed()).hasMatch() && !looksCompany(v);
}
bool looksSingleName(const QString &v)
{
    static const QRegularExpression re(uR"(^[\p{L}][\p{L}'’.\-]*( [\p{L}][\p{L}'’.\-]*)?$)"_s);
    return re.match(v.trimmed()).hasMatch() && !looksCompany(v);
}
bool looksStatusWord(const QString &v)
{
    static const QSet<QString> words{u"active"_s, u"inactive"_s, u"enabled"_s, u"disabled"_s, u"invited"_s, u"pending"_s, u"archived"_s,
                                     u"deleted"_s, u"open"_s, u"closed"_s, u"draft"_s, u"true"_s, u"false"_s, u"yes"_s, u"no"_s,
                                     u"declined"_s, u"blocked"_s, u"verified"_s, u"unverified"_s, u"new"_s};
    return words.contains(v.trimmed().toLower());
}
bool looksAddressLine(const QString &v)
{
    static const QRegularExpression re(uR"(\d)"_s);
    return re.match(v).hasMatch() && v.size() > 4;
}

// Fraction of samples that look like the kind; -1 when there are no samples.
double evidence(ValueKind kind, const SourceField &f)
{
    if (f.samples.isEmpty())
        return -1;
    int hits = 0;
    for (const QString &v : f.samples) {
        bool ok = false;
        switch (kind) {
        case ValueKind::Identifier:
            ok = looksIdentifier(v);
            break;
        case ValueKind::Email:
            ok = looksEmail(v);
            break;
        case ValueKind::Phone:
            ok = looksPhone(v);
            break;
        case ValueKind::DateTime:
            ok = looksDate(v, f.type);
            break;
        case ValueKind::Money:
            ok = looksMoney(v, f.type) && !looksDate(v, u"string"_s);
            break;
        case ValueKind::Currency:
            ok = looksCurrency(v);
            break;
        case ValueKind::Country:
            ok = looksCountry(v);
            break;
        case ValueKind::PostalCode:
            ok = looksPostalCode(v);
            break;
        case ValueKind::Status:
            ok = looksStatus(v);
            break;
        case ValueKind::Company:
            ok = looksText(v);
            break;
        case ValueKind::PersonName:
            ok = looksPersonName(v);
            break;
        case ValueKind::FirstName:
        case ValueKind::LastName:
            ok = looksSingleName(v);
            break;
        case ValueKind::AddressLine:
            ok = looksText(v) || looksAddressLine(v);
            break;
        case ValueKind::City:
        case ValueKind::Region:
            ok = !v.isEmpty() && !looksEmail(v) && !looksDate(v, f.type) && !looksStatusWord(v) && f.type == "string"_L1;
            break;
        case ValueKind::Text:
            ok = !v.isEmpty() && !looksEmail(v) && !looksDate(v, f.type);
            break;
        }
        hits += ok;
    }
    return double(hits) / double(f.samples.size());
}

bool typeFits(ValueKind kind, const QString &type)
{
    if (type == "object"_L1 || type == "array"_L1)
        return false;
    switch (kind) {
    case ValueKind::Money:
        return type == "integer"_L1 || type == "number"_L1 || type == "string"_L1 || type == "null"_L1;
    case ValueKind::Identifier:
    case ValueKind::DateTime:
    case ValueKind::Phone:
    case ValueKind::PostalCode:
    case ValueKind::Text:
        return type != "boolean"_L1;
    default:
        return type == "string"_L1 || type == "null"_L1;
    }
}

// Kinds where values decide: evidence against them is a strong "no".
bool evidenceDecides(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Email:
    case ValueKind::Phone:
    case ValueKind::DateTime:
    case ValueKind::Money:
    case ValueKind::Currency:
    case ValueKind::Country:
    case ValueKind::PostalCode:
    case ValueKind::Status:
    case ValueKind::Identifier:
    case ValueKind::City:
    case ValueKind::Region:
        return true;
    default:
        return false;
    }
}

QString kindWord(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Identifier:
        return u"identifiers"_s;
    case ValueKind::Email:
        return u"e-mail addresses"_s;
    case ValueKind::Phone:
        return u"phone numbers"_s;
    case ValueKind::DateTime:
        return u"dates"_s;
    case ValueKind::Money:
        return u"amounts"_s;
    case ValueKind::Currency:
        return u"ISO 4217 currency codes"_s;
    case ValueKind::Country:
        return u"countries"_s;
    case ValueKind::PostalCode:
        return u"postal codes"_s;
    case ValueKind::Status:
        return u"invoice status words"_s;
    case ValueKind::PersonName:
    case ValueKind::FirstName:
    case ValueKind::LastName:
        return u"personal names"_s;
    default:
        break;
    }
    return u"text"_s;
}

struct Candidate
{
    QString path;
    Transformation transformation = Transformation::None;
    double score = 0;
    QString reasoning;
    bool exclusive = true; // the path serves only this target
};

QString sampleHint(const SourceField &f)
{
    if (f.samples.isEmpty())
        return {};
    QString s = f.samples.first();
    if (s.size() > 32)
        s = s.left(31) + u'…';
    return u" (e.g. \"%1\")"_s.arg(s);
}

int depth(const QString &path)
{
    int d = 0;
    for (const QChar c : path)
        d += (c == u'.' || c == u'[');
    return d;
}

} // namespace MatcherDetail

QStringList LocalMatcher::tokens(const QString &path)
{
    QStringList out;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            out << current.toLower();
        current.clear();
    };
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty()) {
            const QChar prev = current.back();
            const bool lowerToUpper = prev.isLower() && c.isUpper();
            const bool acronymEnd = prev.isUpper() && c.isUpper() && i + 1 < path.size() && path.at(i + 1).isLower();
            const bool digitBoundary = prev.isDigit() != c.isDigit();
            if (lowerToUpper || acronymEnd || digitBoundary)
                flush();
        }
        current += c;
    }
    flush();
    return out;
}

namespace MatcherDetail {

// What the matcher needs of each field, computed once per run (15 targets look at every field).
class FieldCache
{
public:
    struct Info
    {
        QStringList tokens;
        QSet<QString> tokenSet;
        QList<std::pair<QString, double>> names;
        QHash<int, double> evidence;
    };
    Info &info(const SourceField &f)
    {
        auto it = m_info.find(f.path);
        if (it == m_info.end()) {
            Info i;
            i.tokens = LocalMatcher::tokens(f.path);
            for (const QString &tok : std::as_const(i.tokens))
                i.tokenSet.insert(singular(tok));
            i.names = names(f.path);
            it = m_info.insert(f.path, i);
        }
        return *it;
    }
    double evidenceOf(ValueKind kind, const SourceField &f)
    {
        Info &i = info(f);
        const auto it = i.evidence.constFind(int(kind));
        if (it != i.evidence.cend())
            return *it;
        const double e = evidence(kind, f);
        i.evidence.insert(int(kind), e);
        return e;
    }

private:
    QHash<QString, Info> m_info;
};

} // namespace MatcherDetail

MappingSuggestions LocalMatcher::suggest(const SourceFields &fields, MappingTarget target, const Options &options)
{
    using namespace MatcherDetail;
    FieldCache cache;
    const auto &rules = target == MappingTarget::Customer ? customerRules() : invoiceRules();
    // Amounts: decimals anywhere among the numeric fields mean the source writes major units.
    bool majorUnits = false;
    for (const SourceField &f : fields) {
        if (f.type == "number"_L1)
            majorUnits = true;
        for (const QString &s : f.samples) {
            static const QRegularExpression decimalText(u"^\\$?-?\\d+\\.\\d{1,2}$"_s);
            if (f.type == "string"_L1 && decimalText.match(s).hasMatch())
                majorUnits = true;
        }
    }

    QHash<QString, QList<Candidate>> candidates;
    for (const TargetField &t : targetFields(target)) {
        const NameRules &r = rules[t.name];
        QList<Candidate> &list = candidates[t.name];
        for (const SourceField &f : fields) {
            if (f.type == "object"_L1 || f.type == "boolean"_L1)
                continue;
            const FieldCache::Info &fi = cache.info(f);
            const QStringList &pathTokens = fi.tokens;
            const QSet<QString> &tokenSet = fi.tokenSet;
            bool forbidden = false;
            for (const QString &no : r.forbidden)
                forbidden = forbidden || tokenSet.contains(no);
            // Name score: the best of exact / strong / weak over the path's joined names; else key tokens.
            double name = 0;
            QString nameWhy;
            for (const auto &[n, factor] : fi.names) {
                const auto consider = [&](const QStringList &list2, double w, const QString &what) {
                    if (list2.contains(n) && w * factor > name) {
                        name = w * factor;
                        nameWhy = what.arg(n);
                    }
                };
                consider(r.exact, 1.0, u"the name \"%1\" is the usual name for it"_s);
                consider(r.strong, 0.9, u"\"%1\" is a common synonym"_s);
                consider(r.weak, 0.6, u"\"%1\" hints at it"_s);
            }
            if (name < 0.75) {
                for (const QStringList &key : r.keys) {
                    bool all = !key.isEmpty();
                    for (const QString &k : key)
                        all = all && tokenSet.contains(k);
                    if (all) {
                        name = 0.75;
                        nameWhy = u"the path contains \"%1\""_s.arg(key.join(u' '));
                        break;
                    }
                }
            }
            if (forbidden && name > 0) {
                name *= 0.3;
                nameWhy += u", but other words in the path point elsewhere"_s;
            }
            // Context: identifiers belong at the top level; addresses prefer billing/mailing over shipping.
            if (t.kind == ValueKind::Identifier && t.name == "external_id"_L1 && depth(f.path) > 0)
                name *= 0.3;
            if (t.name.startsWith("address."_L1)) {
                if (tokenSet.contains(u"shipping"_s) || tokenSet.contains(u"ship"_s) || tokenSet.contains(u"delivery"_s)
                    || tokenSet.contains(u"other"_s))
                    name -= 0.1;
                else if (tokenSet.contains(u"billing"_s) || tokenSet.contains(u"bill"_s) || tokenSet.contains(u"mailing"_s)
                         || tokenSet.contains(u"address"_s) || tokenSet.contains(u"addr"_s) || tokenSet.contains(u"primary"_s))
                    name += 0.05;
            }
            // Another entity's field (the owner's e-mail, the creator's name) is not this record's.
            static const QSet<QString> foreign{u"owner"_s, u"creator"_s, u"assignee"_s, u"agent"_s, u"author"_s, u"manager"_s,
                                               u"parent"_s, u"referrer"_s, u"rep"_s, u"salesperson"_s, u"modifier"_s, u"by"_s};
            for (const QString &tok : pathTokens.mid(0, std::max<qsizetype>(0, pathTokens.size() - 1))) {
                if (foreign.contains(tok)) {
                    name *= 0.5;
                    nameWhy += u", but it belongs to the record's %1"_s.arg(tok);
                    break;
                }
            }
            // A field inside an address is about the address, not the customer's own name or phone.
            if (!t.name.startsWith("address."_L1) && depth(f.path) > 0) {
                const QStringList parents = tokens(f.path.left(std::max<qsizetype>(0, f.path.lastIndexOf(u'.'))));
                const bool inAddress = parents.contains(u"address"_s) || parents.contains(u"addresses"_s) || parents.contains(u"addr"_s)
                                       || parents.contains(u"shipping"_s);
                bool namesTarget = false; // "PrimaryEmailAddr" is about the e-mail, not an address
                for (const QStringList &key : r.keys)
                    for (const QString &k : key)
                        namesTarget = namesTarget || parents.contains(k);
                if (inAddress && !namesTarget)
                    name *= 0.8;
            }
            // Among equals the shallower path is the record's own field.
            name -= 0.02 * depth(f.path);
            // Amounts: "tax_amount" beats "tax" (often a rate).
            if (t.kind == ValueKind::Money && tokenSet.contains(u"amount"_s))
                name += 0.03;
            // Company names in a "name" field: the field is the company.
            if (t.kind == ValueKind::Company && !f.samples.isEmpty() && depth(f.path) == 0 && name < 0.9) {
                const QString leafName = fi.names.isEmpty() ? QString() : fi.names.first().first;
                int companies = 0;
                for (const QString &v : f.samples)
                    companies += looksCompany(v);
                if ((leafName == "name"_L1 || leafName == "displayname"_L1) && companies * 2 >= f.samples.size()) {
                    name = 0.9;
                    nameWhy = u"\"%1\" holds company names (legal suffixes such as Ltd, Inc, GmbH)"_s.arg(leafName);
                }
            }
            // A phone number split into parts (area code beside it) cannot be used on its own.
            if (t.kind == ValueKind::Phone && name > 0) {
                const qsizetype dot = f.path.lastIndexOf(u'.');
                const QString parent = dot > 0 ? f.path.left(dot + 1) : QString();
                for (const SourceField &sibling : fields) {
                    if (sibling.path.startsWith(parent) && sibling.path != f.path && sibling.path.indexOf(u'.', parent.size()) < 0) {
                        const QStringList st = tokens(sibling.path.mid(parent.size()));
                        if (st.contains(u"area"_s) && st.contains(u"code"_s)) {
                            name *= 0.6;
                            nameWhy += u", but the area code is a separate field (%1)"_s.arg(sibling.path);
                            break;
                        }
                    }
                }
            }
            if (name <= 0 && !evidenceDecides(t.kind))
                continue;
            const double ev = cache.evidenceOf(t.kind, f);
            double score = 0;
            QString why = nameWhy;
            const QString evWhy = ev >= 0 ? u"%1 of %2 sample values look like %3%4"_s.arg(qRound(ev * f.samples.size()))
                                                .arg(f.samples.size()).arg(kindWord(t.kind), sampleHint(f))
                                          : QString();
            if (!typeFits(t.kind, f.type)) {
                score = name * 0.3;
                why += u"; but its type is %1"_s.arg(f.type);
            } else if (ev < 0) {
                score = name * 0.85; // a schema without samples: names only
                why += u"; no sample values to confirm"_s;
            } else if (name > 0) {
                score = 0.7 * name + 0.3 * ev;
                if (evidenceDecides(t.kind) && ev < 0.5)
                    score *= 0.4;
                why += u"; "_s + evWhy;
            } else if (ev >= 0.8 && (t.kind == ValueKind::Email || t.kind == ValueKind::Phone || t.kind == ValueKind::Currency)) {
                score = 0.45 * ev; // values alone: a hint, never a certainty
                why = evWhy + u", though the name says nothing"_s;
            } else {
                continue;
            }
            // Many empty values: a weaker claim.
            if (f.records > 0 && f.nullRate() > 0.5)
                score *= 0.85;
            // Identifiers must be unique.
            if (t.kind == ValueKind::Identifier && t.name == "external_id"_L1 && f.records > 1 && f.distinctRate < 0.999)
                score *= 0.5;
            // Name parts: a person's full name with no split is the wrong field for first/last.
            Candidate c{f.path, Transformation::None, score, why, true};
            switch (t.kind) {
            case ValueKind::Phone:
                c.transformation = Transformation::FormatPhone;
                break;
            case ValueKind::DateTime:
                c.transformation = Transformation::ParseDatetime;
                break;
            case ValueKind::Money:
                if (majorUnits || f.type == "string"_L1) {
                    c.transformation = Transformation::ToMinorUnits;
                    c.reasoning += u"; amounts with decimals: converted to minor units"_s;
                } else {
                    c.reasoning += u"; whole numbers throughout: taken as minor units already"_s;
                    c.score *= 0.97;
                }
                break;
            case ValueKind::Status: {
                bool allUnified = !f.samples.isEmpty();
                UnifiedInvoice::Status dummy;
                for (const QString &s : f.samples)
                    allUnified = allUnified && UnifiedInvoice::statusFromName(s, &dummy);
                if (!allUnified)
                    c.transformation = Transformation::MapEnum;
                break;
            }
            case ValueKind::PersonName:
                // The same values as a company field: a display name for the organisation.
                for (const SourceField &other : fields) {
                    if (other.path == f.path || other.samples != f.samples || f.samples.isEmpty())
                        continue;
                    const QStringList ot = tokens(other.path);
                    if (ot.contains(u"company"_s) || ot.contains(u"organization"_s) || ot.contains(u"organisation"_s)) {
                        c.score *= 0.4;
                        c.reasoning += u"; but it repeats %1"_s.arg(other.path);
                        break;
                    }
                }
                if (!f.samples.isEmpty()) {
                    int companies = 0;
                    for (const QString &s : f.samples)
                        companies += looksCompany(s);
                    if (companies * 2 >= f.samples.size()) {
                        c.score *= 0.3;
                        c.reasoning += u"; but the values look like company names"_s;
                    }
                }
                break;
            case ValueKind::Company:
                if (!f.samples.isEmpty() && name > 0) {
                    int companies = 0;
                    for (const QString &s : f.samples)
                        companies += looksCompany(s);
                    if (companies * 2 >= f.samples.size())
                        c.score = std::min(1.0, c.score + 0.05);
                }
                break;
            default:
                break;
            }
            if (t.kind == ValueKind::AddressLine || t.kind == ValueKind::City || t.kind == ValueKind::Region || t.kind == ValueKind::PostalCode
                || t.kind == ValueKind::Country) {
                int oneLine = 0;
                for (const QString &v : f.samples)
                    oneLine += v.count(u',') >= 2 || v.contains(u'\n');
                if (!f.samples.isEmpty() && oneLine * 2 >= f.samples.size()) {
                    c.score *= 0.5;
                    c.reasoning += u"; but the values are whole one-line addresses"_s;
                }
            }
            list.append(c);
        }
        // Derived candidates: first/last from a full name; company from the e-mail domain; address
        // parts from a one-line address.
        if (t.kind == ValueKind::FirstName || t.kind == ValueKind::LastName) {
            for (const SourceField &f : fields) {
                const auto &n = cache.info(f).names;
                if (n.isEmpty())
                    continue;
                const QString leaf = n.first().first;
                if (QStringList{u"name"_s, u"fullname"_s, u"displayname"_s, u"contactname"_s, u"customername"_s, u"personname"_s}.contains(leaf)
                    && depth(f.path) <= 1) {
                    double ev = cache.evidenceOf(ValueKind::PersonName, f);
                    if (ev < 0)
                        ev = 0.5;
                    list.append({f.path, Transformation::SplitName, 0.6 * ev,
                                 u"no %1 field; split from the full name in %2%3"_s.arg(t.name, f.path, sampleHint(f)), false});
                }
            }
        }
        if (t.kind == ValueKind::Company) {
            for (const SourceField &f : fields) {
                if (cache.evidenceOf(ValueKind::Email, f) >= 0.8 && depth(f.path) <= 1)
                    list.append({f.path, Transformation::ExtractEmailDomain, 0.25,
                                 u"no company field; the e-mail domain of %1 is a hint%2"_s.arg(f.path, sampleHint(f)), false});
            }
        }
        if (t.name.startsWith("address."_L1)) {
            for (const SourceField &f : fields) {
                const QStringList &tk = cache.info(f).tokens;
                if (f.type != "string"_L1 || !(tk.contains(u"address"_s) || tk.contains(u"addr"_s) || tk.contains(u"location"_s)))
                    continue;
                int oneLine = 0;
                for (const QString &s : f.samples)
                    oneLine += s.count(u',') >= 2 || s.contains(u'\n');
                if (f.samples.isEmpty() || oneLine * 2 < f.samples.size())
                    continue;
                const QString part = t.name.mid(8);
                int found = 0;
                for (const QString &s : f.samples)
                    found += Transforms::parseAddress(s).contains(part);
                if (found == 0)
                    continue;
                list.append({f.path, Transformation::ParseAddress, 0.75 * double(found) / double(f.samples.size()),
                             u"a one-line address in %1; %2 parsed from it in %3 of %4 samples%5"_s.arg(f.path, part)
                                 .arg(found).arg(f.samples.size()).arg(sampleHint(f)),
                             false});
            }
        }
        std::stable_sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    }

    // Assign: strongest claims first; a path serves one target unless the candidate derives a part.
    struct Pick
    {
        QString target;
        double best;
    };
    QList<Pick> order;
    for (const TargetField &t : targetFields(target))
        order.append({t.name, candidates[t.name].isEmpty() ? 0.0 : candidates[t.name].first().score});
    std::stable_sort(order.begin(), order.end(), [](const Pick &a, const Pick &b) { return a.best > b.best; });
    QSet<QString> used;
    QHash<QString, MappingSuggestion> chosen;
    for (const Pick &p : order) {
        const QList<Candidate> &list = candidates[p.target];
        MappingSuggestion s;
        s.targetField = p.target;
        s.provider = u"local"_s;
        qsizetype pickedIndex = -1;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).score < options.minimumScore)
                break;
            if (list.at(i).exclusive && used.contains(list.at(i).path))
                continue;
            pickedIndex = i;
            break;
        }
        QSet<QString> altPaths;
        if (pickedIndex >= 0) {
            const Candidate &c = list.at(pickedIndex);
            s.sourcePath = c.path;
            s.transformation = c.transformation;
            s.reasoning = c.reasoning;
            // Confidence: the score, less when a rival is close (the choice between them is a guess).
            double rival = 0;
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (i != pickedIndex && list.at(i).path != c.path) {
                    rival = list.at(i).score;
                    break;
                }
            }
            const double margin = c.score - rival;
            double confidence = std::clamp(c.score, 0.0, 1.0);
            if (margin < 0.1) {
                confidence -= (0.1 - std::max(0.0, margin)) * 1.5;
                s.reasoning += u"; a close rival makes this less certain"_s;
            }
            s.confidence = std::clamp(std::round(confidence * 100.0) / 100.0, 0.0, 1.0);
            if (s.confidence < options.minimumScore) {
                // Too uncertain to propose: listed as the first alternative instead.
                s.sourcePath.clear();
                s.transformation = Transformation::None;
                s.confidence = 0;
                pickedIndex = -1;
            } else {
                if (c.exclusive)
                    used.insert(c.path);
                altPaths.insert(c.path);
            }
        }
        if (pickedIndex < 0) {
            const TargetField *tf = findTargetField(target, p.target);
            s.reasoning = tf && tf->required ? u"Required, but no source field matches; map it by hand or the records cannot be stored"_s
                                             : u"No source field matches"_s;
            if (!list.isEmpty())
                s.reasoning += u" (best candidate %1 scored %2)"_s.arg(list.first().path).arg(list.first().score, 0, 'f', 2);
        }
        for (const Candidate &c : list) {
            if (s.alternatives.size() >= 3)
                break;
            if (altPaths.contains(c.path) || c.score < 0.1)
                continue;
            altPaths.insert(c.path);
            s.alternatives.append({c.path, c.transformation, std::clamp(std::round(c.score * 90.0) / 100.0, 0.0, 1.0)});
        }
        chosen.insert(p.target, s);
    }
    MappingSuggestions out;
    for (const TargetField &t : targetFields(target))
        out.append(chosen.value(t.name));
    return out;
}

} // namespace Orion
