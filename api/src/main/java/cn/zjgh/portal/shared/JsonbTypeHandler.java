package cn.zjgh.portal.shared;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.postgresql.util.PGobject;

/** A JSON document held as a String in Java and as {@code jsonb} in PostgreSQL. */
public class JsonbTypeHandler extends BaseTypeHandler<String> {

	@Override
	public void setNonNullParameter(PreparedStatement statement, int index, String json, JdbcType jdbcType)
			throws SQLException {
		PGobject value = new PGobject();
		value.setType("jsonb");
		value.setValue(json);
		statement.setObject(index, value);
	}

	@Override
	public String getNullableResult(ResultSet rs, String column) throws SQLException {
		return rs.getString(column);
	}

	@Override
	public String getNullableResult(ResultSet rs, int index) throws SQLException {
		return rs.getString(index);
	}

	@Override
	public String getNullableResult(CallableStatement cs, int index) throws SQLException {
		return cs.getString(index);
	}

}
