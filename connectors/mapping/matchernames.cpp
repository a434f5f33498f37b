#include "mapping/matchernames.h"

#include "mapping/localmatcher.h"

using namespace Qt::StringLiterals;

namespace Orion::MatcherDetail {

const QHash<QString, NameRules> &customerRules()
{
    static const QHash<QString, NameRules> rules{
        {u"external_id"_s,
         {{u"id"_s, u"customerid"_s, u"contactid"_s, u"clientid"_s, u"userid"_s, u"personid"_s, u"uuid"_s},
          {u"key"_s, u"externalid"_s, u"guid"_s, u"recordid"_s, u"objectid"_s, u"hsobjectid"_s},
          {u"accountid"_s, u"number"_s},
          {},
          {}}},
        {u"first_name"_s,
         {{u"firstname"_s, u"givenname"_s, u"fname"_s, u"first"_s, u"forename"_s},
          {u"givennames"_s, u"namefirst"_s},
          {},
          {{u"first"_s, u"name"_s}, {u"given"_s}},
          {u"company"_s, u"business"_s}}},
        {u"last_name"_s,
         {{u"lastname"_s, u"familyname"_s, u"surname"_s, u"lname"_s},
          {u"namelast"_s, u"last"_s},
          {},
          {{u"last"_s, u"name"_s}, {u"family"_s}, {u"surname"_s}},
          {u"company"_s, u"business"_s, u"modified"_s, u"updated"_s}}},
        {u"full_name"_s,
         {{u"name"_s, u"fullname"_s, u"displayname"_s, u"contactname"_s, u"customername"_s, u"clientname"_s, u"personname"_s},
          {u"nickname"_s, u"username"_s},
          {u"title"_s},
          {{u"full"_s, u"name"_s}, {u"display"_s, u"name"_s}},
          {u"company"_s, u"business"_s, u"org"_s,  u"organization"_s, u"organisation"_s, u"first"_s,     u"last"_s,     u"given"_s,
           u"family"_s,  u"middle"_s,   u"user"_s, u"file"_s,         u"account"_s,      u"attribute"_s, u"currency"_s, u"ref"_s,
           u"item"_s,    u"product"_s,  u"plan"_s, u"tax"_s,          u"country"_s,      u"city"_s,      u"state"_s,    u"owner"_s}}},
        {u"email"_s,
         {{u"email"_s, u"emailaddress"_s, u"mail"_s, u"emailaddr"_s, u"primaryemail"_s, u"primaryemailaddraddress"_s, u"primaryemailaddress"_s},
          {u"emailaddre"_s, u"workemail"_s, u"contactemail"_s, u"mailaddress"_s},
          {},
          {{u"email"_s}, {u"mail"_s}},
          {u"verified"_s, u"opt"_s, u"consent"_s, u"marketing"_s, u"domain"_s, u"bounce"_s, u"status"_s, u"state"_s}}},
        {u"phone"_s,
         {{u"phone"_s, u"phonenumber"_s, u"telephone"_s, u"tel"_s, u"primaryphone"_s, u"primaryphonefreeformnumber"_s, u"phonefreeformnumber"_s,
           u"businessphone"_s, u"workphone"_s},
          {u"mobile"_s, u"mobilephone"_s, u"cell"_s, u"cellphone"_s, u"mobilephonenumber"_s, u"homephone"_s, u"mobilefreeformnumber"_s},
          {u"contactnumber"_s},
          {{u"phone"_s}, {u"telephone"_s}, {u"mobile"_s}},
          {u"fax"_s, u"type"_s, u"verified"_s, u"extension"_s, u"ext"_s}}},
        {u"company"_s,
         {{u"company"_s, u"companyname"_s, u"organization"_s, u"organisation"_s, u"org"_s, u"orgname"_s, u"businessname"_s, u"organizationname"_s,
           u"organisationname"_s},
          {u"accountname"_s, u"business"_s, u"employer"_s, u"firm"_s, u"companyrefname"_s},
          {u"account"_s},
          {{u"company"_s}, {u"organization"_s}, {u"organisation"_s}},
          {u"id"_s, u"size"_s, u"industry"_s, u"domain"_s, u"type"_s, u"number"_s}}},
        {u"address.line1"_s,
         {{u"line1"_s, u"addressline1"_s, u"address1"_s, u"street1"_s, u"streetaddress"_s, u"street"_s, u"addressline"_s, u"billingstreet"_s,
           u"mailingstreet"_s, u"streetline1"_s},
          {u"line"_s, u"streetname"_s, u"addressstreet"_s},
          {u"address"_s},
          {{u"street"_s}, {u"line"_s, u"1"_s}},
          {u"2"_s, u"3"_s}}},
        {u"address.line2"_s,
         {{u"line2"_s, u"addressline2"_s, u"address2"_s, u"street2"_s, u"streetline2"_s},
          {u"suite"_s, u"apartment"_s, u"apt"_s, u"unit"_s},
          {},
          {{u"line"_s, u"2"_s}, {u"street"_s, u"2"_s}, {u"address"_s, u"2"_s}},
          {}}},
        {u"address.city"_s,
         {{u"city"_s, u"town"_s, u"locality"_s, u"cityname"_s, u"billingcity"_s, u"mailingcity"_s},
          {u"municipality"_s, u"suburb"_s},
          {},
          {{u"city"_s}, {u"town"_s}},
          {}}},
        {u"address.region"_s,
         {{u"state"_s, u"region"_s, u"province"_s, u"statecode"_s, u"stateorprovince"_s, u"countrysubdivisioncode"_s, u"provincecode"_s,
           u"regioncode"_s, u"billingstate"_s, u"mailingstate"_s, u"administrativedistrictlevel1"_s},
          {u"county"_s, u"prefecture"_s, u"territory"_s},
          {},
          {{u"state"_s}, {u"province"_s}, {u"region"_s}, {u"subdivision"_s}},
          {u"status"_s, u"tax"_s, u"country"_s}}},
        {u"address.postal_code"_s,
         {{u"postalcode"_s, u"zip"_s, u"zipcode"_s, u"postcode"_s, u"postal"_s, u"billingpostalcode"_s, u"mailingpostalcode"_s},
          {u"pincode"_s, u"plz"_s},
          {},
          {{u"postal"_s}, {u"zip"_s}, {u"postcode"_s}},
          {}}},
        {u"address.country"_s,
         {{u"country"_s, u"countrycode"_s, u"countryname"_s, u"billingcountry"_s, u"mailingcountry"_s, u"countryiso"_s},
          {u"nation"_s, u"countryalpha2"_s},
          {},
          {{u"country"_s}},
          {u"subdivision"_s, u"phone"_s, u"calling"_s}}},
        {u"created_at"_s,
         {{u"created"_s, u"createdat"_s, u"createdtime"_s, u"createtime"_s, u"createddate"_s, u"creationdate"_s, u"datecreated"_s, u"createdon"_s,
           u"createdate"_s, u"metadatacreatetime"_s, u"createddateutc"_s},
          {u"dateadded"_s, u"addtime"_s, u"signupdate"_s, u"signedupat"_s, u"registeredat"_s, u"since"_s, u"insertedat"_s},
          {u"date"_s},
          {{u"created"_s}, {u"create"_s}, {u"creation"_s}},
          {u"by"_s, u"user"_s, u"id"_s}}},
        {u"updated_at"_s,
         {{u"updated"_s, u"updatedat"_s, u"updatedtime"_s, u"lastupdatedtime"_s, u"modified"_s, u"modifiedat"_s, u"lastmodified"_s,
           u"lastmodifieddate"_s, u"datemodified"_s, u"updatedon"_s, u"metadatalastupdatedtime"_s, u"updateddateutc"_s, u"lastmodifiedtime"_s,
           u"modifiedtime"_s},
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
        {u"external_id"_s, {{u"id"_s, u"invoiceid"_s, u"uuid"_s}, {u"key"_s, u"guid"_s, u"objectid"_s}, {}, {}, {}}},
        {u"number"_s,
         {{u"number"_s, u"invoicenumber"_s, u"docnumber"_s, u"invoiceno"_s, u"invoicenum"_s, u"documentnumber"_s},
          {u"no"_s, u"ref"_s, u"reference"_s, u"name"_s, u"ordernumber"_s},
          {},
          {{u"invoice"_s, u"number"_s}, {u"doc"_s, u"number"_s}},
          {u"phone"_s, u"po"_s, u"tax"_s, u"account"_s, u"customer"_s, u"order"_s}}},
        {u"customer_external_id"_s,
         {{u"customer"_s, u"customerid"_s, u"contactid"_s, u"clientid"_s, u"customerrefvalue"_s, u"contactcontactid"_s, u"accountid"_s, u"buyerid"_s,
           u"customerrefid"_s},
          {u"customerref"_s, u"contact"_s, u"account"_s, u"client"_s},
          {},
          {{u"customer"_s, u"id"_s}, {u"contact"_s, u"id"_s}, {u"client"_s, u"id"_s}},
          {u"email"_s, u"name"_s, u"phone"_s, u"address"_s, u"tax"_s, u"memo"_s, u"note"_s, u"message"_s, u"display"_s}}},
        {u"currency"_s,
         {{u"currency"_s, u"currencycode"_s, u"currencyrefvalue"_s, u"currencyiso"_s, u"curr"_s},
          {u"currencyref"_s, u"ccy"_s},
          {},
          {{u"currency"_s}},
          {u"rate"_s, u"symbol"_s, u"exchange"_s, u"presentment"_s}}},
        {u"subtotal"_s,
         {{u"subtotal"_s, u"subtotalamount"_s, u"amountbeforetax"_s, u"netamount"_s, u"totalexcludingtax"_s, u"totalexcltax"_s, u"untaxedamount"_s,
           u"totalnet"_s, u"subtotalprice"_s},
          {u"net"_s, u"subtotalmoney"_s},
          {},
          {{u"subtotal"_s}, {u"sub"_s, u"total"_s}},
          {u"line"_s}}},
        {u"tax"_s,
         {{u"tax"_s, u"totaltax"_s, u"taxamount"_s, u"totaltaxamount"_s, u"vat"_s, u"txntaxdetailtotaltax"_s, u"taxtotal"_s},
          {u"taxmoney"_s, u"totaltaxmoney"_s, u"sales"_s},
          {},
          {{u"tax"_s}},
          {u"rate"_s, u"percent"_s, u"id"_s, u"code"_s, u"exempt"_s, u"number"_s, u"type"_s, u"name"_s, u"line"_s, u"included"_s, u"inclusive"_s,
           u"excluding"_s, u"excl"_s}}},
        {u"total"_s,
         {{u"total"_s, u"totalamount"_s, u"amount"_s, u"totalamt"_s, u"grandtotal"_s, u"amounttotal"_s, u"totalprice"_s, u"invoicetotal"_s,
           u"totalmoney"_s},
          {u"sum"_s, u"gross"_s, u"totalgross"_s, u"amountbilled"_s, u"billedamount"_s, u"invoiceamount"_s, u"totalbilled"_s},
          {},
          {{u"total"_s}},
          {u"tax"_s,    u"due"_s,      u"paid"_s,     u"remaining"_s, u"discount"_s, u"line"_s,      u"sub"_s,         u"excluding"_s,
           u"excl"_s,   u"net"_s,      u"credited"_s, u"refunded"_s,  u"shipping"_s, u"balance"_s,   u"outstanding"_s, u"count"_s,
           u"weight"_s, u"quantity"_s, u"item"_s,     u"exchange"_s,  u"rate"_s,     u"completed"_s, u"collected"_s,   u"captured"_s}}},
        {u"amount_due"_s,
         {{u"amountdue"_s, u"balance"_s, u"balancedue"_s, u"amountremaining"_s, u"outstanding"_s, u"outstandingamount"_s, u"totaldue"_s,
           u"remaining"_s, u"amountoutstanding"_s, u"dueamount"_s},
          {u"due"_s, u"open"_s, u"unpaid"_s, u"totaloutstanding"_s},
          {},
          {{u"amount"_s, u"due"_s}, {u"balance"_s}, {u"outstanding"_s}, {u"remaining"_s}},
          {u"date"_s, u"at"_s, u"on"_s, u"day"_s, u"days"_s, u"term"_s, u"terms"_s, u"home"_s}}},
        {u"status"_s,
         {{u"status"_s, u"invoicestatus"_s, u"state"_s, u"financialstatus"_s, u"paymentstatus"_s},
          {u"stage"_s},
          {},
          {{u"status"_s}},
          {u"email"_s, u"delivery"_s, u"sent"_s, u"fulfillment"_s, u"tax"_s, u"approval"_s, u"print"_s, u"collection"_s, u"dunning"_s,
           u"billing"_s}}},
        {u"issued_at"_s,
         {{u"date"_s, u"invoicedate"_s, u"issuedate"_s, u"issuedat"_s, u"txndate"_s, u"dateissued"_s, u"issued"_s, u"billdate"_s, u"documentdate"_s,
           u"issuedon"_s},
          {u"createdate"_s, u"created"_s, u"createdat"_s, u"createdtime"_s, u"createddate"_s, u"invoicedat"_s, u"finalizedat"_s, u"createdon"_s},
          {u"metadatacreatetime"_s},
          {{u"issue"_s}, {u"issued"_s}, {u"invoice"_s, u"date"_s}},
          {u"due"_s, u"updated"_s, u"modified"_s, u"paid"_s, u"period"_s, u"start"_s, u"end"_s, u"sent"_s, u"voided"_s}}},
        {u"due_at"_s,
         {{u"duedate"_s, u"dueat"_s, u"paymentduedate"_s, u"dueon"_s, u"datedue"_s},
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
                                      u"name"_s,  u"number"_s,  u"email"_s,          u"phone"_s,  u"date"_s, u"cents"_s};
    return leaves;
}

// Tokens that say nothing about the field (wrappers) and are dropped from the joined names.
const QSet<QString> &noiseTokens()
{
    static const QSet<QString> noise{u"properties"_s, u"property"_s, u"fields"_s, u"attributes"_s, u"data"_s,    u"0"_s,
                                     u"hs"_s,         u"custom"_s,   u"c"_s,      u"x"_s,          u"default"_s, u"money"_s,
                                     u"set"_s,        u"shop"_s,     u"cents"_s,  u"in"_s,         u"utc"_s};
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

} // namespace Orion::MatcherDetail
