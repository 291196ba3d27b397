import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection.type';
import { SystemRole } from '../system-role.enum';

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => SystemRole, { nullable: true })
  @IsOptional()
  @IsEnum(SystemRole)
  systemRole?: SystemRole;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'Part of the e-mail; case and accents are ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  search?: string;
}
