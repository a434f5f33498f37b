<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Orion::ActivityPage</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) at %1/s</source>
        <translation>
            <numerusform>%n request at %1/s</numerusform>
            <numerusform>%n requests at %1/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read in %n partition(s)</source>
        <translation>
            <numerusform>read in %n partition</numerusform>
            <numerusform>read in %n partitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::SavePage</name>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n stream</numerusform>
            <numerusform>%n streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tested with %n record(s)</source>
        <translation>
            <numerusform>tested with %n record</numerusform>
            <numerusform>tested with %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::BuilderDetail::TestPage</name>
    <message numerus="yes">
        <source>Failed after %n request(s): %1</source>
        <translation>
            <numerusform>Failed after %n request: %1</numerusform>
            <numerusform>Failed after %n requests: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) inferred</source>
        <translation>
            <numerusform>%n field inferred</numerusform>
            <numerusform>%n fields inferred</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> page(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> page</numerusform>
            <numerusform> pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> record(s)</source>
        <comment>spin box suffix</comment>
        <translation>
            <numerusform> record</numerusform>
            <numerusform> records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read; the walk goes on from %1 — Next Page reads one more, Run to End the rest</source>
        <translation>
            <numerusform>%n page read; the walk goes on from %1 — Next Page reads one more, Run to End the rest</numerusform>
            <numerusform>%n pages read; the walk goes on from %1 — Next Page reads one more, Run to End the rest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records of page %1 (%n)</source>
        <translation>
            <numerusform>Records of page %1 (%n)</numerusform>
            <numerusform>Records of page %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n record(s) page %1 extracted</source>
        <translation>
            <numerusform>The %n record page %1 extracted</numerusform>
            <numerusform>The %n records page %1 extracted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::BulkJobsDialog</name>
    <message numerus="yes">
        <source>%n job(s). Select one to see its failed rows.</source>
        <translation>
            <numerusform>%n job. Select one to see its failed rows.</numerusform>
            <numerusform>%n jobs. Select one to see its failed rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 processed, %4 failed; %n row(s) listed.</source>
        <translation>
            <numerusform>%1: %2, %3 processed, %4 failed; %n row listed.</numerusform>
            <numerusform>%1: %2, %3 processed, %4 failed; %n rows listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::ConnectionDelegate</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consecutive failure(s)</source>
        <translation>
            <numerusform>%n consecutive failure</numerusform>
            <numerusform>%n consecutive failures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::ConnectionsPage</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degraded</numerusform>
            <numerusform>%n degraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access token valid for %n more minute(s); last refreshed %1.</source>
        <translation>
            <numerusform>Access token valid for %n more minute; last refreshed %1.</numerusform>
            <numerusform>Access token valid for %n more minutes; last refreshed %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partitions: %1 of %2 done · %n reader(s) active</source>
        <translation>
            <numerusform>Partitions: %1 of %2 done · %n reader active</numerusform>
            <numerusform>Partitions: %1 of %2 done · %n readers active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::CustomConnectorsPage</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom connector(s). Connections run the deployed version; Add Connection lists them.</source>
        <translation>
            <numerusform>%n custom connector. Connections run the deployed version; Add Connection lists it.</numerusform>
            <numerusform>%n custom connectors. Connections run the deployed version; Add Connection lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connections of %1 run version %2 from their next sync on (%n connection(s))</source>
        <translation>
            <numerusform>Connections of %1 run version %2 from their next sync on (%n connection)</numerusform>
            <numerusform>Connections of %1 run version %2 from their next sync on (%n connections)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::DashboardPage</name>
    <message numerus="yes">
        <source>%Ln marked deleted at the source</source>
        <translation>
            <numerusform>%Ln marked deleted at the source</numerusform>
            <numerusform>%Ln marked deleted at the source</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::DriftFinding</name>
    <message numerus="yes">
        <source>%1: missing from all %n record(s) read</source>
        <translation>
            <numerusform>%1: missing from the %n record read</numerusform>
            <numerusform>%1: missing from all %n records read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: was %2, now %3 in %4 of %n record(s) that have it</source>
        <translation>
            <numerusform>%1: was %2, now %3 in %4 of %n record that has it</numerusform>
            <numerusform>%1: was %2, now %3 in %4 of %n records that have it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::HttpClient</name>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s)).</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt).</numerusform>
            <numerusform>%1 (gave up after %n attempts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::MainWindow</name>
    <message numerus="yes">
        <source>%n sync run(s) of history</source>
        <translation>
            <numerusform>%n sync run of history</numerusform>
            <numerusform>%n sync runs of history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more finding(s))</source>
        <translation>
            <numerusform> (and %n more finding)</numerusform>
            <numerusform> (and %n more findings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) of &quot;%1&quot; for the workers (Workers, Ctrl+7).</source>
        <translation>
            <numerusform>Queued %n job of &quot;%1&quot; for the workers (Workers, Ctrl+7).</numerusform>
            <numerusform>Queued %n jobs of &quot;%1&quot; for the workers (Workers, Ctrl+7).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::MappingsPage</name>
    <message numerus="yes">
        <source>No suggestions yet: Suggest Mappings proposes them from %n stored record(s).</source>
        <translation>
            <numerusform>No suggestions yet: Suggest Mappings proposes them from %n stored record.</numerusform>
            <numerusform>No suggestions yet: Suggest Mappings proposes them from %n stored records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) so far; not yet enough evidence (10 decisions at ≥ 95 % approval) for an auto-approve threshold.</source>
        <translation>
            <numerusform>%n decision so far; not yet enough evidence (10 decisions at ≥ 95 % approval) for an auto-approve threshold.</numerusform>
            <numerusform>%n decisions so far; not yet enough evidence (10 decisions at ≥ 95 % approval) for an auto-approve threshold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) stored for review</source>
        <translation>
            <numerusform>%n suggestion stored for review</numerusform>
            <numerusform>%n suggestions stored for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n mapping(s).</source>
        <translation>
            <numerusform>Approved %n mapping.</numerusform>
            <numerusform>Approved %n mappings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n mapping(s).</source>
        <translation>
            <numerusform>Rejected %n mapping.</numerusform>
            <numerusform>Rejected %n mappings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n mapping(s) at or above %1.</source>
        <translation>
            <numerusform>Approved %n mapping at or above %1.</numerusform>
            <numerusform>Approved %n mappings at or above %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mapping(s).</source>
        <translation>
            <numerusform>Imported %n mapping.</numerusform>
            <numerusform>Imported %n mappings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posting %n approval request(s) to %1…</source>
        <translation>
            <numerusform>Posting %n approval request to %1…</numerusform>
            <numerusform>Posting %n approval requests to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked in %1: %n request(s) posted; only the connection&apos;s approvers can decide.</source>
        <translation>
            <numerusform>Asked in %1: %n request posted; only the connection&apos;s approvers can decide.</numerusform>
            <numerusform>Asked in %1: %n requests posted; only the connection&apos;s approvers can decide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ The approved mappings check out against %n sample record(s): required fields covered, no transformation errors.</source>
        <translation>
            <numerusform>✓ The approved mappings check out against %n sample record: required fields covered, no transformation errors.</numerusform>
            <numerusform>✓ The approved mappings check out against %n sample records: required fields covered, no transformation errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::MarketplacePage</name>
    <message numerus="yes">
        <source>%1 on %2, %n record(s)</source>
        <translation>
            <numerusform>%1 on %2, %n record</numerusform>
            <numerusform>%1 on %2, %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::PushDialog</name>
    <message numerus="yes">
        <source>Write %n customer(s) to %1</source>
        <translation>
            <numerusform>Write %n customer to %1</numerusform>
            <numerusform>Write %n customers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n customer(s) to %1…</source>
        <translation>
            <numerusform>Writing %n customer to %1…</numerusform>
            <numerusform>Writing %n customers to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::PushPlanner</name>
    <message numerus="yes">
        <source>Push of %n record(s) to %1: %2</source>
        <translation>
            <numerusform>Push of %n record to %1: %2</numerusform>
            <numerusform>Push of %n records to %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 to compare %n record(s) with it…</source>
        <translation>
            <numerusform>Reading %1 to compare %n record with it…</numerusform>
            <numerusform>Reading %1 to compare %n records with it…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::Schedule</name>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s)</source>
        <translation>
            <numerusform>Every second</numerusform>
            <numerusform>Every %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::SoqlEditor</name>
    <message numerus="yes">
        <source>%n field(s) of %1 available for completion (Ctrl+Space).</source>
        <translation>
            <numerusform>%n field of %1 available for completion (Ctrl+Space).</numerusform>
            <numerusform>%n fields of %1 available for completion (Ctrl+Space).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::SpecDetector</name>
    <message numerus="yes">
        <source>Records: the list at &quot;%1&quot; (%n on this page).</source>
        <translation>
            <numerusform>Records: the list at &quot;%1&quot; (%n on this page).</numerusform>
            <numerusform>Records: the list at &quot;%1&quot; (%n on this page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page size: the request has no parameter that sets it, so the %n record(s) this answer held are taken as the API&apos;s page size. Enter the API&apos;s size parameter to read more per request.</source>
        <translation>
            <numerusform>Page size: the request has no parameter that sets it, so the %n record this answer held is taken as the API&apos;s page size. Enter the API&apos;s size parameter to read more per request.</numerusform>
            <numerusform>Page size: the request has no parameter that sets it, so the %n records this answer held are taken as the API&apos;s page size. Enter the API&apos;s size parameter to read more per request.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::SyncJob</name>
    <message numerus="yes">
        <source>… %n more line(s) not kept</source>
        <translation>
            <numerusform>… %n more line not kept</numerusform>
            <numerusform>… %n more lines not kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n approved field mapping(s) to %1</source>
        <translation>
            <numerusform>Applying %n approved field mapping to %1</numerusform>
            <numerusform>Applying %n approved field mappings to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 partition(s) with %n reader(s)</source>
        <translation>
            <numerusform>Reading %1 partition(s) with %n reader</numerusform>
            <numerusform>Reading %1 partition(s) with %n readers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service asked to slow down %n time(s); the rate is now %1 requests/s</source>
        <translation>
            <numerusform>The service asked to slow down %n time; the rate is now %1 requests/s</numerusform>
            <numerusform>The service asked to slow down %n times; the rate is now %1 requests/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored record(s) marked deleted at the source</source>
        <translation>
            <numerusform>%n stored record marked deleted at the source</numerusform>
            <numerusform>%n stored records marked deleted at the source</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::SyncRunModel</name>
    <message numerus="yes">
        <source>%n request(s) in %1</source>
        <translation>
            <numerusform>%n request in %1</numerusform>
            <numerusform>%n requests in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orion::WorkersPage</name>
    <message numerus="yes">
        <source>%n live worker(s)</source>
        <translation>
            <numerusform>%n live worker</numerusform>
            <numerusform>%n live workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
</TS>
