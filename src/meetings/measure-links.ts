import { JoinTableLink } from '../common/dataloader/request-loaders';

/** Join tables that link meeting records to the measures of the national plan. */
export const AGENDA_ITEM_MEASURES: JoinTableLink = {
  table: 'agenda_item_measure',
  ownerColumn: 'agenda_item_id',
  targetColumn: 'measure_id',
};

export const DECISION_MEASURES: JoinTableLink = {
  table: 'decision_measure',
  ownerColumn: 'decision_id',
  targetColumn: 'measure_id',
};
