// office-addin-mock needs only the OfficeApp enum from office-addin-manifest,
// whose v3 dependency tree (strip-bom 5) is ESM-only and can't load under
// Jest's CommonJS runtime. Same values as office-addin-manifest's OfficeApp.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
