#include "views/members/memberimporttarget.h"

#include "models/members/memberimporter.h"
#include "views/members/memberlabels.h"

namespace supolka {

ImportTarget memberImportTarget(Database &database)
{
    ImportTarget target;
    target.title = ImportDialog::tr("Import members");
    target.fileCaption = ImportDialog::tr("Import members from a CSV file");
    target.progressText = ImportDialog::tr("Importing members…");
    target.mapHeader = &mapMemberHeader;
    target.fields = memberFields();
    // A form's one name column and its time stamp are columns too, though no field of a member.
    for (const QString &field : {QStringLiteral("full_name"), QStringLiteral("submitted_at")}) {
        if (!target.fields.contains(field))
            target.fields.insert(field == QLatin1String("full_name") ? 1 : target.fields.size(), field);
    }
    target.fieldName = &MemberLabels::field;
    target.run = [&database](const QString &path, const ImportOptions &options) {
        return MemberImporter::importFile(database, path, options);
    };
    return target;
}

} // namespace supolka
