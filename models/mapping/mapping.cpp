#include "mapping/mapping.h"
#include "common/enumnames.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Orion {

namespace MappingDetail {

struct Named
{
    Transformation value;
    QLatin1StringView name;
};
constexpr Named kTransformations[] = {
    {Transformation::None, "none"_L1},
    {Transformation::SplitName, "split_name"_L1},
    {Transformation::FormatPhone, "format_phone"_L1},
    {Transformation::ExtractEmailDomain, "extract_email_domain"_L1},
    {Transformation::ParseAddress, "parse_address"_L1},
    {Transformation::ToMinorUnits, "to_minor_units"_L1},
    {Transformation::ParseDatetime, "parse_datetime"_L1},
    {Transformation::MapEnum, "map_enum"_L1},
};

} // namespace MappingDetail

QString mappingTargetName(MappingTarget target)
{
    return target == MappingTarget::Customer ? u"customer"_s : u"invoice"_s;
}

bool mappingTargetFromName(const QString &name, MappingTarget *target)
{
    if (name == "customer"_L1)
        *target = MappingTarget::Customer;
    else if (name == "invoice"_L1)
        *target = MappingTarget::Invoice;
    else
        return false;
    return true;
}

QString transformationName(Transformation t)
{
    for (const auto &n : MappingDetail::kTransformations) {
        if (n.value == t)
            return n.name;
    }
    return u"none"_s;
}

bool transformationFromName(const QString &name, Transformation *t)
{
    for (const auto &n : MappingDetail::kTransformations) {
        if (name == n.name) {
            *t = n.value;
            return true;
        }
    }
    return false;
}

QStringList transformationNames()
{
    QStringList names;
    for (const auto &n : MappingDetail::kTransformations)
        names << n.name;
    return names;
}

const QList<TargetField> &targetFields(MappingTarget target)
{
    static const QList<TargetField> customer{
        {u"external_id"_s, ValueKind::Identifier, true, u"The source's unique id of the customer"_s},
        {u"first_name"_s, ValueKind::FirstName, false, u"Given name"_s},
        {u"last_name"_s, ValueKind::LastName, false, u"Family name"_s},
        {u"full_name"_s, ValueKind::PersonName, false, u"The whole name as displayed"_s},
        {u"email"_s, ValueKind::Email, false, u"Primary e-mail address"_s},
        {u"phone"_s, ValueKind::Phone, false, u"Primary phone number (E.164)"_s},
        {u"company"_s, ValueKind::Company, false, u"Company or organisation name"_s},
        {u"address.line1"_s, ValueKind::AddressLine, false, u"Street and number"_s},
        {u"address.line2"_s, ValueKind::AddressLine, false, u"Apartment, suite, floor"_s},
        {u"address.city"_s, ValueKind::City, false, u"City or town"_s},
        {u"address.region"_s, ValueKind::Region, false, u"State, province or region"_s},
        {u"address.postal_code"_s, ValueKind::PostalCode, false, u"ZIP or postal code"_s},
        {u"address.country"_s, ValueKind::Country, false, u"Country (ISO 3166 alpha-2)"_s},
        {u"created_at"_s, ValueKind::DateTime, false, u"When the customer was created (UTC)"_s},
        {u"updated_at"_s, ValueKind::DateTime, false, u"When the customer last changed (UTC)"_s},
    };
    static const QList<TargetField> invoice{
        {u"external_id"_s, ValueKind::Identifier, true, u"The source's unique id of the invoice"_s},
        {u"number"_s, ValueKind::Text, false, u"The invoice number shown to the customer"_s},
        {u"customer_external_id"_s, ValueKind::Identifier, false, u"The source's id of the invoiced customer"_s},
        {u"currency"_s, ValueKind::Currency, true, u"ISO 4217 currency code"_s},
        {u"subtotal"_s, ValueKind::Money, false, u"Amount before tax, in minor units"_s},
        {u"tax"_s, ValueKind::Money, false, u"Tax amount, in minor units"_s},
        {u"total"_s, ValueKind::Money, true, u"Amount including tax, in minor units"_s},
        {u"amount_due"_s, ValueKind::Money, false, u"Amount still to be paid, in minor units"_s},
        {u"status"_s, ValueKind::Status, true, u"draft, open, paid, void or uncollectible"_s},
        {u"issued_at"_s, ValueKind::DateTime, false, u"Issue date (UTC)"_s},
        {u"due_at"_s, ValueKind::DateTime, false, u"Due date (UTC)"_s},
    };
    return target == MappingTarget::Customer ? customer : invoice;
}

const TargetField *findTargetField(MappingTarget target, const QString &name)
{
    for (const TargetField &f : targetFields(target)) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QJsonObject MappingSuggestion::toJson() const
{
    QJsonArray alts;
    for (const MappingAlternative &a : alternatives)
        alts.append(QJsonObject{
            {u"source_path"_s, a.sourcePath}, {u"transformation"_s, transformationName(a.transformation)}, {u"confidence"_s, a.confidence}});
    QJsonObject json{{u"target_field"_s, targetField},
                     {u"source_path"_s, sourcePath.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sourcePath)},
                     {u"transformation"_s, transformationName(transformation)},
                     {u"confidence"_s, confidence},
                     {u"reasoning"_s, reasoning},
                     {u"alternatives"_s, alts}};
    if (!parameters.isEmpty())
        json.insert(u"parameters"_s, parameters);
    if (!provider.isEmpty())
        json.insert(u"provider"_s, provider);
    return json;
}

bool MappingSuggestion::fromJson(const QJsonObject &json, MappingSuggestion *suggestion, QString *error)
{
    MappingSuggestion s;
    const QJsonValue target = json.value("target_field"_L1);
    if (!target.isString() || target.toString().isEmpty()) {
        *error = u"target_field: a non-empty string is required"_s;
        return false;
    }
    s.targetField = target.toString();
    const QJsonValue path = json.value("source_path"_L1);
    if (!path.isNull() && !path.isUndefined() && !path.isString()) {
        *error = u"source_path: must be a string or null"_s;
        return false;
    }
    s.sourcePath = path.toString();
    const QJsonValue transformation = json.value("transformation"_L1);
    if (!transformation.isUndefined() && !transformationFromName(transformation.toString(), &s.transformation)) {
        *error = u"transformation: unknown value \"%1\" (one of %2)"_s.arg(transformation.toString(), transformationNames().join(u", "_s));
        return false;
    }
    const QJsonValue confidence = json.value("confidence"_L1);
    if (!confidence.isDouble() || confidence.toDouble() < 0 || confidence.toDouble() > 1) {
        *error = u"confidence: a number from 0 to 1 is required"_s;
        return false;
    }
    s.confidence = confidence.toDouble();
    const QJsonValue reasoning = json.value("reasoning"_L1);
    if (!reasoning.isUndefined() && !reasoning.isString()) {
        *error = u"reasoning: must be a string"_s;
        return false;
    }
    s.reasoning = reasoning.toString();
    const QJsonValue alternatives = json.value("alternatives"_L1);
    if (!alternatives.isUndefined() && !alternatives.isNull() && !alternatives.isArray()) {
        *error = u"alternatives: must be an array"_s;
        return false;
    }
    const QJsonArray alts = alternatives.toArray();
    for (qsizetype i = 0; i < alts.size(); ++i) {
        const QJsonObject a = alts.at(i).toObject();
        MappingAlternative alt;
        alt.sourcePath = a.value("source_path"_L1).toString();
        const double c = a.value("confidence"_L1).toDouble(-1);
        if (alt.sourcePath.isEmpty() || c < 0 || c > 1
            || (a.contains("transformation"_L1) && !transformationFromName(a.value("transformation"_L1).toString(), &alt.transformation))) {
            *error = u"alternatives[%1]: source_path, transformation and a confidence from 0 to 1 are required"_s.arg(i);
            return false;
        }
        alt.confidence = c;
        if (s.alternatives.size() < 3)
            s.alternatives.append(alt);
    }
    const QJsonValue parameters = json.value("parameters"_L1);
    if (!parameters.isUndefined() && !parameters.isNull() && !parameters.isObject()) {
        *error = u"parameters: must be an object"_s;
        return false;
    }
    s.parameters = parameters.toObject();
    s.provider = json.value("provider"_L1).toString();
    *suggestion = std::move(s);
    return true;
}

ConfidenceBand confidenceBand(double confidence)
{
    if (confidence >= 0.9)
        return ConfidenceBand::High;
    if (confidence >= 0.7)
        return ConfidenceBand::Medium;
    if (confidence >= 0.5)
        return ConfidenceBand::Low;
    return ConfidenceBand::VeryLow;
}

QString confidenceBandLabel(ConfidenceBand band)
{
    switch (band) {
    case ConfidenceBand::High: return u"≥ 0.9"_s;
    case ConfidenceBand::Medium: return u"0.7–0.9"_s;
    case ConfidenceBand::Low: return u"0.5–0.7"_s;
    case ConfidenceBand::VeryLow: break;
    }
    return u"< 0.5"_s;
}

QString StoredMapping::statusName(Status status)
{
    return enumName(status);
}

bool StoredMapping::statusFromName(const QString &name, Status *status)
{
    const auto value = enumFromName<Status>(name);
    if (value)
        *status = *value;
    return value.has_value();
}

} // namespace Orion
