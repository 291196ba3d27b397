import { registerEnumType } from '@nestjs/graphql';

export enum PreventionActivityKind {
  INFORMATION_CAMPAIGN = 'INFORMATION_CAMPAIGN',
  LECTURE_FOR_RISK_GROUP = 'LECTURE_FOR_RISK_GROUP',
  TRAINING_FOR_SPECIALISTS = 'TRAINING_FOR_SPECIALISTS',
  ROUND_TABLE = 'ROUND_TABLE',
  MASS_MEDIA_PUBLICATION = 'MASS_MEDIA_PUBLICATION',
  NGO_SUPPORT = 'NGO_SUPPORT',
  COMMUNITY_EVENT = 'COMMUNITY_EVENT',
  OTHER = 'OTHER',
}

export enum TargetGroup {
  SCHOOLS = 'SCHOOLS',
  CARE_HOMES = 'CARE_HOMES',
  RISK_GROUP_FAMILIES = 'RISK_GROUP_FAMILIES',
  PEOPLE_WITH_DISABILITIES = 'PEOPLE_WITH_DISABILITIES',
  RURAL_AREAS = 'RURAL_AREAS',
  SPECIALISTS = 'SPECIALISTS',
  GENERAL_PUBLIC = 'GENERAL_PUBLIC',
  OTHER = 'OTHER',
}

registerEnumType(PreventionActivityKind, {
  name: 'PreventionActivityKind',
  valuesMap: {
    LECTURE_FOR_RISK_GROUP: { description: 'A lecture for a risk group.' },
    ROUND_TABLE: { description: 'A multidisciplinary round table.' },
    MASS_MEDIA_PUBLICATION: { description: 'A publication in the mass media.' },
    NGO_SUPPORT: { description: 'Support to a non-governmental organisation.' },
  },
});
registerEnumType(TargetGroup, {
  name: 'TargetGroup',
  valuesMap: {
    CARE_HOMES: { description: 'Orphanages and care homes.' },
    RURAL_AREAS: { description: 'Small towns and rural areas.' },
  },
});
