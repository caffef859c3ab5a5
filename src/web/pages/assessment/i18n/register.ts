import i18n from '../../../i18n/i18n.js';
import en from './en.json';
import vi from './vi.json';

// The assessment's strings live next to its pages, under "assessment" (its refusals' reasons join `errors.reasons`); its notification kinds join the notifications' labels.
i18n.addResourceBundle('vi', 'translation', { assessment: vi, errors: { reasons: vi.errorReasons } }, true, true);
i18n.addResourceBundle('en', 'translation', { assessment: en, errors: { reasons: en.errorReasons } }, true, true);
i18n.addResourceBundle(
  'vi',
  'translation',
  {
    notifications: {
      kinds: {
        'assessment.submitted': 'Phiếu đánh giá công nghệ được gửi thẩm định',
        'assessment.returned': 'Phiếu đánh giá công nghệ bị trả lại',
        'assessment.approved': 'Phiếu đánh giá công nghệ được duyệt',
        'assessment.invited': 'Lời mời tham gia đợt khảo sát trình độ công nghệ',
        'assessment.reminder': 'Nhắc nộp phiếu của đợt khảo sát trình độ công nghệ',
      },
    },
  },
  true,
  true,
);
i18n.addResourceBundle(
  'en',
  'translation',
  {
    notifications: {
      kinds: {
        'assessment.submitted': 'Technology assessment submitted for review',
        'assessment.returned': 'Technology assessment returned',
        'assessment.approved': 'Technology assessment approved',
        'assessment.invited': 'Invitation to a technology survey campaign',
        'assessment.reminder': 'Reminder to submit for a technology survey campaign',
      },
    },
  },
  true,
  true,
);
