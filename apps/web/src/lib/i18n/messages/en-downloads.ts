import type { downloadsEs } from './es-downloads';

export const downloadsEn: Record<keyof typeof downloadsEs, string> = {
  'nav.downloads': 'Downloads',

  'downloads.eyebrow': 'Processed data',
  'downloads.title': 'Download center',
  'downloads.subtitle':
    'Each completed upload leaves its files per level (CSV), an Excel workbook with all of them and its rejected lines.',
  'downloads.loading': 'Loading your uploads…',
  'downloads.empty.title': 'No files to download yet',
  'downloads.empty.body': 'When an upload completes, its files per level will show up here.',
  'downloads.upload.meta': 'Uploaded on {date} · {lines} lines accepted',
  'downloads.status.building': 'Preparing files ({ready} of {expected})…',
  'downloads.status.ready': 'Ready',
  'downloads.status.failed': 'We could not prepare the files of this upload.',
  'downloads.status.none': 'This upload has no level files (it completed before they existed).',
  'downloads.files.loading': 'Loading files…',
  'downloads.files.label': 'Files of {name}',
  'downloads.files.name': 'File',
  'downloads.files.rows': 'Rows',
  'downloads.files.size': 'Size',
  'downloads.files.action': 'Download',
  'downloads.files.workbook': 'Excel workbook with every level',
  'downloads.files.level': 'Level {level}',
  'downloads.download': 'Download',
  'downloads.downloadFile': 'Download {name}',
  'downloads.rejections': 'Rejected lines (CSV)',
  'downloads.rejectionsFile': 'Download the rejected lines of {name}',
  'downloads.noRejections': 'No rejected lines.',
  'downloads.done': 'Downloaded {filename}.',
};
