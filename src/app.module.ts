import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { ActionItemsModule } from './action-items/action-items.module';
import { AnnualReportsModule } from './annual-reports/annual-reports.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { RequestLoaders } from './common/dataloader/request-loaders';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { DateTimeScalar } from './common/scalars/date-time.scalar';
import { formatGraphQLError } from './common/errors/to-graphql-error';
import { validationExceptionFactory } from './common/errors/validation-exception.factory';
import { GraphQLContext } from './common/graphql/graphql-context';
import { capLists } from './common/graphql/list-caps';
import { queryLimits } from './common/graphql/query-limits';
import { AppConfig } from './config/app-config';
import { TimeModule } from './common/time/time.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DemoDataModule } from './demo-data/demo-data.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { GraphiqlModule } from './graphiql/graphiql.module';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ScheduleModule } from '@nestjs/schedule';
import { InstitutionsModule } from './institutions/institutions.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { MeetingsModule } from './meetings/meetings.module';
import { NationalPlansModule } from './national-plans/national-plans.module';
import { OversightModule } from './oversight/oversight.module';
import { PeopleModule } from './people/people.module';
import { PreventionActivitiesModule } from './prevention-activities/prevention-activities.module';
import { ReferenceDataModule } from './reference-data/reference-data.module';
import { TaskForcesModule } from './task-forces/task-forces.module';
import { WebClientModule } from './web-client/web-client.module';

const QUERY_LIMITS = queryLimits();

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TimeModule,
        DatabaseModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource): ApolloDriverConfig => ({
            autoSchemaFile: config.schemaFile ?? true,
            // Every DateTime input by one rule: with its UTC offset (date-time.scalar.ts).
            buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
            sortSchema: true,
            // Every list bounded, its bound stated in schema.gql too (list-bounds.ts).
            transformSchema: capLists,
            transformAutoSchemaFile: true,
            playground: false,
            graphiql: false,
            introspection: config.introspection,
            // No automatic persisted queries: no client uses them, and they keep a cache of
            // documents any caller can fill.
            persistedQueries: false,
            includeStacktraceInErrorResponses: false,
            // No HTTP caching of GraphQL answers here: skip its per-field bookkeeping.
            plugins: [ApolloServerPluginCacheControlDisabled(), ...QUERY_LIMITS.plugins],
            validationRules: QUERY_LIMITS.validationRules,
            allowBatchedHttpRequests: false,
            formatError: formatGraphQLError,
            context: ({ req, res }: { req: Request; res: Response }): GraphQLContext => ({
              req,
              res,
              loaders: new RequestLoaders(dataSource.manager),
            }),
          }),
        }),
        AuthModule,
        MailModule,
        ScheduleModule.forRoot(),
        NotificationsModule,
        AuditModule,
        MunicipalitiesModule,
        InstitutionsModule,
        PeopleModule,
        NationalPlansModule,
        TaskForcesModule,
        MeetingsModule,
        ActionItemsModule,
        PreventionActivitiesModule,
        FollowUpsModule,
        AnnualReportsModule,
        OversightModule,
        CalendarModule,
        ReferenceDataModule,
        DemoDataModule,
        HealthModule,
        ...(config.graphiql ? [GraphiqlModule] : []),
        WebClientModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            exceptionFactory: validationExceptionFactory,
          }),
        },
      ],
    };
  }
}
