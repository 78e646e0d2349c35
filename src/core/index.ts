// The shared core: everything an element, or a page that extends Together Kit, builds on.
export { CoElement, type Problem } from './co-element.js';
export { defineElement } from './define.js';
export { Announcer } from './announcer.js';
export { LangController, nearestLang } from './lang-controller.js';
export {
  translate,
  resolveLanguage,
  mergeCatalogs,
  formatNumber,
  shippedLanguages,
  type Catalog,
  type Catalogs,
  type Message,
  type PluralMessage,
  type MessageParams,
} from './i18n.js';
export { coreMessages } from './messages.js';
export { defaultGroups, parseGroups, groupLabel, normalisedWeights, type Group } from './groups.js';
export { jsonAttribute, InvalidAttribute } from './json-attribute.js';
export { tokens, sharedStyles } from './styles.js';
export type {
  CoErrorCode,
  CoErrorDetail,
  CoChangeDetail,
  CoEventDetails,
  CoEventMap,
} from './events.js';
export { participantId, newId } from './participant.js';
export { ParticipantGroupController, type GroupHost } from './participant-group.js';
export { spaceContext, type SpaceSettings } from './space-context.js';

// Parity
export { parityTally, validateBallot, percentages } from './parity.js';
export type {
  Ballot,
  BallotProblem,
  ConsentMark,
  ConsentNote,
  DecisionRule,
  RejectedBallot,
  TallyConfig,
  VoteMethod,
  TallyResult,
  GroupTally,
  RankedOption,
  Share,
  OptionSupport,
  Count,
  QuorumShortfall,
  UndecidedReason,
  RankedCount,
  RunoffRound,
  RoundOption,
  GradeTally,
} from './parity.js';
export { explainTally, explainMessages, type ExplainOptions } from './parity-explain.js';
export {
  matchOffers,
  deliveryShares,
  consentsToDeliveryContact,
  type TaskMatch,
  type DeliveryContact,
  type DeliveryShares,
  type TaskShare,
  type PersonShare,
} from './delivery.js';
export { Fraction } from './fraction.js';
export {
  healthCheckResults,
  compareRounds,
  LADDER_RUNGS,
  LADDER_STRETCHES,
  type HealthResults,
  type HealthResultsConfig,
  type HealthResponseInput,
  type GroupFigure,
  type GroupStanding,
  type Gap,
  type ItemResult,
  type StatementResult,
  type PrincipleResult,
  type LadderResult,
  type RoundChange,
} from './health-results.js';
export {
  HEALTH_KIND,
  DONT_KNOW,
  parseHealthData,
  type HealthData,
  type Rating,
  type StoredResponse,
  type HealthRound,
} from './kinds/health-check.js';

// Data and storage
export {
  FORMAT,
  SPACE_FORMAT,
  CURRENT_SCHEMA,
  recordKey,
  parseRecordKey,
  createEnvelope,
  validateEnvelope,
  isNewerSchema,
  type Envelope,
  type SpaceExport,
  type RecordRef,
} from './store/envelope.js';
export {
  migrate,
  migrationSteps,
  stepForKinds,
  type MigrationStep,
  type MigrationSteps,
} from './store/migrations.js';
export {
  parseImportFile,
  readImportFile,
  nestedDeeperThan,
  exportSpace,
  MAX_IMPORT_BYTES,
  MAX_DATA_DEPTH,
  type ImportResult,
} from './store/import-file.js';
export {
  StoreError,
  isQuotaError,
  isRecordKey,
  type RecordStore,
  type StoreErrorCode,
  type ConnectionState,
} from './store/record-store.js';
export { LocalStore, type LocalStoreOptions } from './store/local-store.js';
export { MemoryStore } from './store/memory-store.js';
export {
  storeFor,
  chooseStore,
  storageNames,
  type StorageName,
  type StoreChoice,
} from './store/choose-store.js';
export { LazyStore } from './store/lazy-store.js';
export { itemCollection, defineItem } from './store/item-collection.js';
export { recordKinds, isRecordKind, checkRecordData, registerRecordKind } from './kinds/index.js';
export { mergeData, tombstone, liveItems, isTombstone, type Tombstone } from './store/merge.js';
export { Collection, storedData } from './store/collection.js';
export {
  StorageController,
  flushPendingSaves,
  type StorageStatus,
  type StorageHost,
  type StorageOptions,
} from './store/storage-controller.js';
export { renderStorageStatus } from './store/storage-status.js';
export { toCsv, neutraliseCell, csvFileName, type CsvRow, type CsvValue } from './csv.js';
export { downloadFile, downloadRecordFile, recordFileName, type RecordFile } from './download.js';
export {
  IDEA_BOARD_KIND,
  IDEA_TITLE_MAX,
  IDEA_DETAIL_MAX,
  IdeaSchema,
  DotVoteSchema,
  TombstoneSchema,
  postIdea,
  ideaStandings,
  type Idea,
  type IdeaSource,
  type DotVote,
  type SharedBoardData,
  type IdeaStanding,
} from './idea.js';
export { boardIdeas, postIdeaNote, type BoardIdea, type IdeaNote } from './idea-tasks.js';
export {
  DELIVERY_PLAN_KIND,
  parseDeliveryPlanData,
  type DeliveryPlanData,
  // Prefixed: "Task" alone says too little beside the other elements' types.
  type Task as DeliveryTask,
  type TaskStatus as DeliveryTaskStatus,
  type SignUp as DeliverySignUp,
  type HoursEntry as DeliveryHours,
  type Evaluation as DeliveryEvaluation,
} from './kinds/delivery-plan.js';
