import { Module } from '@nestjs/common';
import { TaskForcesModule } from '../task-forces/task-forces.module';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({ imports: [TaskForcesModule], providers: [PeopleService, PeopleResolver] })
export class PeopleModule {}
