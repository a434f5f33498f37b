#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Orion {

// What a mapping produces: the unified customer or the unified invoice.
enum class MappingTarget { Customer, Invoice };
QString mappingTargetName(MappingTarget target); // "customer", "invoice"
bool mappingTargetFromName(const QString &name, MappingTarget *target);

// How a source value becomes the target's value.
enum class Transformation { None, SplitName, FormatPhone, ExtractEmailDomain, ParseAddress, ToMinorUnits, ParseDatetime, MapEnum };
QString transformationName(Transformation t); // "none", "split_name", …
bool transformationFromName(const QString &name, Transformation *t);
QStringList transformationNames();

// The kind of value a target field holds; the matcher's value evidence is checked against it.
enum class ValueKind {
    Identifier,
    Text,
    PersonName,
    FirstName,
    LastName,
    Email,
    Phone,
    Company,
    AddressLine,
    City,
    Region,
    PostalCode,
    Country,
    DateTime,
    Money,
    Currency,
    Status
};

struct TargetField
{
    QString name; // unified JSON path, e.g. "address.postal_code"
    ValueKind kind = ValueKind::Text;
    bool required = false;
    QString description;
};
// The fields a mapping can fill, in the unified schema's order.
const QList<TargetField> &targetFields(MappingTarget target);
const TargetField *findTargetField(MappingTarget target, const QString &name);

// A field of the source as seen in samples or a schema: path with dots and array indexes
// ("addresses[0].city"), JSON type, a few sample values as text, and how often it is empty.
struct SourceField
{
    QString path;
    QString type;            // string, number, integer, boolean, object, array, null
    QStringList samples;     // distinct non-empty values as text, at most a handful
    int present = 0;         // records in which the path exists
    int nonEmpty = 0;        // … with a non-null, non-empty value
    int records = 0;         // records profiled
    double distinctRate = 0; // distinct values / non-empty values
    double nullRate() const { return records ? 1.0 - double(nonEmpty) / double(records) : 1.0; }
};
using SourceFields = QList<SourceField>;

struct MappingAlternative
{
    QString sourcePath;
    Transformation transformation = Transformation::None;
    double confidence = 0;
    friend bool operator==(const MappingAlternative &, const MappingAlternative &) = default;
};

// One target field's proposal. An empty sourcePath means "nothing found" (never left out silently
// for a required field: it is listed with confidence 0 and the reason).
struct MappingSuggestion
{
    QString targetField;
    QString sourcePath;
    Transformation transformation = Transformation::None;
    QJsonObject parameters; // e.g. map_enum's {"values": {"AUTHORISED": "open"}}
    double confidence = 0;
    QString reasoning;
    QList<MappingAlternative> alternatives; // at most three, best first
    QString provider;                       // local, anthropic, openai

    bool isUnmapped() const { return sourcePath.isEmpty(); }
    QJsonObject toJson() const;
    // Validates the shape (types, ranges, known transformation); *error says which key is wrong.
    static bool fromJson(const QJsonObject &json, MappingSuggestion *suggestion, QString *error);
    friend bool operator==(const MappingSuggestion &, const MappingSuggestion &) = default;
};
using MappingSuggestions = QList<MappingSuggestion>;

// Confidence bands used by the review, the calibration report and auto-approval.
enum class ConfidenceBand { High, Medium, Low, VeryLow }; // ≥ 0.9, ≥ 0.7, ≥ 0.5, below
ConfidenceBand confidenceBand(double confidence);
QString confidenceBandLabel(ConfidenceBand band); // "≥ 0.9", "0.7–0.9", …

// Calibration: how many decided suggestions of a confidence band were approved and rejected.
struct BandDecisions
{
    ConfidenceBand band = ConfidenceBand::High;
    int approved = 0;
    int rejected = 0;
    int decided() const { return approved + rejected; }
    double approvalRate() const { return decided() ? double(approved) / double(decided()) : 0.0; }
};

// A stored suggestion with its review state.
struct StoredMapping
{
    Q_GADGET
public:
    enum class Status { Suggested, Approved, Rejected };
    Q_ENUM(Status)
    qint64 id = 0;
    qint64 connectionId = 0;
    QString stream;
    MappingSuggestion suggestion;
    Status status = Status::Suggested;
    QString decidedBy;
    QDateTime decidedAt;
    int revision = 1; // changes with every edit of what the rule does; a decision names the one it saw
    static QString statusName(Status status);
    static bool statusFromName(const QString &name, Status *status);
    friend bool operator==(const StoredMapping &, const StoredMapping &) = default;
};
using StoredMappings = QList<StoredMapping>;

} // namespace Orion

Q_DECLARE_METATYPE(Orion::StoredMapping)
